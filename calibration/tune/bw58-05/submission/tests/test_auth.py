from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import jwt
import pytest
from fastapi import FastAPI
from sqlalchemy import select

from tests.conftest import TEST_SECRET
from tests.helpers import PASSWORD, login, register, signup
from todo_service.models import User

pytestmark = pytest.mark.anyio


async def test_signup_returns_user_without_password(client: httpx.AsyncClient) -> None:
    response = await signup(client, "alice")

    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "username", "created_at"}
    assert body["username"] == "alice"
    assert PASSWORD not in response.text


async def test_password_is_stored_as_argon2_hash(client: httpx.AsyncClient, app: FastAPI) -> None:
    await signup(client, "alice")

    async with app.state.sessionmaker() as session:
        stored = await session.scalar(select(User.password_hash).where(User.username == "alice"))

    assert stored is not None
    assert stored != PASSWORD
    assert stored.startswith("$argon2id$")


async def test_duplicate_username_is_a_conflict(client: httpx.AsyncClient) -> None:
    await signup(client, "alice")

    response = await signup(client, "alice", "another password")

    assert response.status_code == 409
    assert response.json() == {"detail": "Username is already taken"}


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "a" * 33, "password": PASSWORD},
        {"username": "alice smith", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "x" * 257},
        {"username": 123, "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
async def test_signup_rejects_invalid_input(client: httpx.AsyncClient, payload: dict[str, Any]) -> None:
    response = await client.post("/auth/signup", json=payload)

    assert response.status_code == 422
    assert (await login(client, "alice")).status_code == 401


async def test_signup_rejects_malformed_json(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/auth/signup", content=b"{not json", headers={"Content-Type": "application/json"}
    )

    assert response.status_code == 422


async def test_login_returns_a_working_bearer_token(client: httpx.AsyncClient) -> None:
    await signup(client, "alice")

    response = await login(client, "alice")

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 5 * 60
    me = await client.get("/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["username"] == "alice"


async def test_wrong_password_and_unknown_user_look_the_same(client: httpx.AsyncClient) -> None:
    await signup(client, "alice")

    wrong_password = await login(client, "alice", "not the password")
    unknown_user = await login(client, "mallory")

    assert wrong_password.status_code == unknown_user.status_code == 401
    assert wrong_password.json() == unknown_user.json()
    assert wrong_password.headers["WWW-Authenticate"] == "Bearer"


async def test_login_requires_form_fields(client: httpx.AsyncClient) -> None:
    response = await client.post("/auth/token", data={"username": "alice"})

    assert response.status_code == 422


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/auth/me"),
        ("GET", "/todos"),
        ("POST", "/todos"),
        ("GET", "/todos/1"),
        ("PATCH", "/todos/1"),
        ("DELETE", "/todos/1"),
    ],
)
async def test_protected_routes_require_a_token(client: httpx.AsyncClient, method: str, path: str) -> None:
    response = await client.request(method, path)

    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def _token(claims: dict[str, Any], key: str = TEST_SECRET, algorithm: str = "HS256") -> str:
    return jwt.encode(claims, key, algorithm=algorithm)


def _in(minutes: int) -> datetime:
    return datetime.now(timezone.utc) + timedelta(minutes=minutes)


@pytest.mark.parametrize(
    "token",
    [
        "not-a-jwt",
        _token({"sub": "1", "exp": _in(5)}, key="some-other-secret-of-sufficient-length-000"),
        _token({"sub": "1", "exp": _in(-1)}),
        _token({"sub": "1"}),
        _token({"exp": _in(5)}),
        _token({"sub": "not-a-number", "exp": _in(5)}),
        _token({"sub": "1", "exp": _in(5)}, algorithm="HS512"),
    ],
    ids=["garbage", "wrong-key", "expired", "no-exp", "no-sub", "bad-sub", "wrong-alg"],
)
async def test_invalid_tokens_are_rejected(client: httpx.AsyncClient, token: str) -> None:
    await signup(client, "alice")  # user id 1 exists, so only the token itself can fail

    response = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


async def test_token_of_a_deleted_user_is_rejected(client: httpx.AsyncClient, app: FastAPI) -> None:
    headers = await register(client, "alice")
    async with app.state.sessionmaker() as session:
        user = await session.scalar(select(User).where(User.username == "alice"))
        await session.delete(user)
        await session.commit()

    response = await client.get("/todos", headers=headers)

    assert response.status_code == 401
