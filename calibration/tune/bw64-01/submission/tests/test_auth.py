from datetime import UTC, datetime, timedelta

import httpx
import pytest

from todo_api.domain import UserId
from todo_api.security import issue_token, read_token

from .conftest import new_username, register

pytestmark = pytest.mark.anyio


async def test_signup_returns_user_without_password(client: httpx.AsyncClient) -> None:
    username = new_username()
    r = await client.post("/auth/signup", json={"username": username, "password": "s3cret-pass"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == username
    assert set(body) == {"id", "username"}


async def test_duplicate_username_is_409(client: httpx.AsyncClient) -> None:
    username = await register(client)
    r = await client.post("/auth/signup", json={"username": username, "password": "another-one"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ab", "password": "long enough"},
        {"username": "has spaces", "password": "long enough"},
        {"username": "valid_name", "password": "short"},
        {"username": "valid_name"},
        {"username": 12345, "password": "long enough"},
    ],
)
async def test_signup_validation(client: httpx.AsyncClient, payload: dict[str, object]) -> None:
    r = await client.post("/auth/signup", json=payload)
    assert r.status_code == 422


async def test_login_wrong_password_is_401(client: httpx.AsyncClient) -> None:
    username = await register(client)
    r = await client.post("/auth/token", data={"username": username, "password": "nope nope"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


async def test_login_unknown_user_is_401(client: httpx.AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": new_username(), "password": "x" * 10})
    assert r.status_code == 401


async def test_todos_require_token(client: httpx.AsyncClient) -> None:
    assert (await client.get("/todos")).status_code == 401
    bad = {"Authorization": "Bearer not-a-jwt"}
    assert (await client.get("/todos", headers=bad)).status_code == 401


def test_token_round_trip() -> None:
    now = datetime.now(UTC)
    token = issue_token(UserId(7), secret="k", ttl=timedelta(minutes=5), now=now)
    assert read_token(token, secret="k") == UserId(7)
    assert read_token(token, secret="other") is None


def test_expired_token_is_rejected() -> None:
    past = datetime.now(UTC) - timedelta(hours=2)
    token = issue_token(UserId(7), secret="k", ttl=timedelta(minutes=5), now=past)
    assert read_token(token, secret="k") is None
