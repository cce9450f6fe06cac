from datetime import timedelta

import jwt
import pytest
from fastapi import FastAPI
from httpx import AsyncClient
from sqlalchemy import select

from tests.conftest import PASSWORD, login, register
from todo_api.db import utcnow
from todo_api.models import User


async def test_register_returns_public_fields_only(client: AsyncClient) -> None:
    response = await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "username"}
    assert body["username"] == "alice"


async def test_password_is_stored_as_argon2id(client: AsyncClient, app: FastAPI) -> None:
    await register(client, "alice")

    async with app.state.sessionmaker() as session:
        stored = await session.scalar(select(User.password_hash).where(User.username == "alice"))

    assert stored is not None
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


async def test_register_duplicate_username_conflicts(client: AsyncClient) -> None:
    await register(client, "alice")

    response = await client.post("/auth/register", json={"username": "alice", "password": "another-pass"})

    assert response.status_code == 409
    assert response.json() == {"detail": "Username already taken"}


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
        {"username": "alice", "password": "x" * 129},
        {"username": 12345, "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
async def test_register_rejects_invalid_input(client: AsyncClient, payload: dict[str, object]) -> None:
    response = await client.post("/auth/register", json=payload)

    assert response.status_code == 422


async def test_login_returns_bearer_token(client: AsyncClient) -> None:
    await register(client, "alice")

    response = await client.post("/auth/token", data={"username": "alice", "password": PASSWORD})

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 15 * 60
    assert body["access_token"]


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("alice", "wrong password"),
        ("nobody", PASSWORD),
        ("alice", "x" * 10_000),
    ],
)
async def test_login_failures_are_401(client: AsyncClient, username: str, password: str) -> None:
    await register(client, "alice")

    response = await client.post("/auth/token", data={"username": username, "password": password})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json() == {"detail": "Incorrect username or password"}


async def test_login_requires_form_fields(client: AsyncClient) -> None:
    response = await client.post("/auth/token", data={"username": "alice"})

    assert response.status_code == 422


async def test_missing_token_is_401(client: AsyncClient) -> None:
    response = await client.get("/todos")

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "header",
    ["Bearer not-a-jwt", "Bearer ", "Basic YWxpY2U6cGFzc3dvcmQ=", "bearer.x.y"],
)
async def test_malformed_credentials_are_401(client: AsyncClient, header: str) -> None:
    response = await client.get("/todos", headers={"Authorization": header})

    assert response.status_code == 401


async def test_token_signed_with_another_key_is_401(client: AsyncClient) -> None:
    user_id = await register(client, "alice")
    now = utcnow()
    forged = jwt.encode(
        {"sub": str(user_id), "typ": "access", "iat": now, "exp": now + timedelta(minutes=5)},
        "some-other-secret-that-is-long-enough-xx",
        algorithm="HS256",
    )

    response = await client.get("/todos", headers={"Authorization": f"Bearer {forged}"})

    assert response.status_code == 401


async def test_expired_token_is_401(client: AsyncClient, app: FastAPI) -> None:
    user_id = await register(client, "alice")
    token = app.state.tokens.issue(user_id, now=utcnow() - timedelta(hours=1))

    response = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid or expired token"}


async def test_token_for_unknown_user_is_401(client: AsyncClient, app: FastAPI) -> None:
    token = app.state.tokens.issue(4242)

    response = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


async def test_valid_token_grants_access(client: AsyncClient) -> None:
    await register(client, "alice")
    headers = await login(client, "alice")

    response = await client.get("/todos", headers=headers)

    assert response.status_code == 200
    assert response.json() == []
