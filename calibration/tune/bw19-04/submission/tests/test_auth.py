from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from blogapi.security import create_access_token
from tests.conftest import MakeUser

pytestmark = pytest.mark.anyio


async def test_register_returns_user_without_password(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/auth/register", json={"username": "ada", "password": "analytical-engine"}
    )
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "ada"
    assert set(body) == {"id", "username", "created_at"}


async def test_register_duplicate_username(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    await make_user("ada")
    r = await client.post(
        "/auth/register", json={"username": "ada", "password": "another-password"}
    )
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "ada"},
        {"password": "long-enough-password"},
        {"username": "a", "password": "long-enough-password"},
        {"username": "ada lovelace", "password": "long-enough-password"},
        {"username": "ada", "password": "short"},
        {"username": 42, "password": "long-enough-password"},
    ],
)
async def test_register_rejects_invalid_payloads(
    client: httpx.AsyncClient, payload: dict[str, object]
) -> None:
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 422


@pytest.mark.parametrize(
    ("username", "password"),
    [("ada", "wrong-password"), ("nobody", "whatever-password")],
)
async def test_login_failures_are_401(
    client: httpx.AsyncClient, make_user: MakeUser, username: str, password: str
) -> None:
    await make_user("ada")
    r = await client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


async def test_me(client: httpx.AsyncClient, make_user: MakeUser) -> None:
    headers = await make_user("ada")
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 200
    assert r.json()["username"] == "ada"


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer", "Bearer not-a-jwt", "Basic YWRhOnB3"],
)
async def test_me_rejects_missing_or_malformed_tokens(
    client: httpx.AsyncClient, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 401


async def test_expired_token_is_rejected(client: httpx.AsyncClient, settings) -> None:  # type: ignore[no-untyped-def]
    token = create_access_token(
        1,
        secret=settings.secret_key.get_secret_value(),
        algorithm=settings.jwt_algorithm,
        ttl=timedelta(minutes=5),
        now=datetime.now(UTC) - timedelta(hours=1),
    )
    r = await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


async def test_token_signed_with_another_key_is_rejected(
    client: httpx.AsyncClient, make_user: MakeUser
) -> None:
    await make_user("ada")
    forged = create_access_token(
        1,
        secret="attacker-controlled-key-000000000000",
        algorithm="HS256",
        ttl=timedelta(minutes=5),
    )
    r = await client.get("/auth/me", headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401
