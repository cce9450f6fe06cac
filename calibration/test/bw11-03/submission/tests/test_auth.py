from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import jwt
import pytest

from todo_api.config import Settings

from .conftest import PASSWORD, Register


async def test_register_returns_user_without_password(client: httpx.AsyncClient) -> None:
    response = await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "password" not in body and "password_hash" not in body


async def test_register_duplicate_username_is_409(
    client: httpx.AsyncClient, register: Register
) -> None:
    await register("alice")
    response = await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "al", "password": PASSWORD},  # too short
        {"username": "a" * 33, "password": PASSWORD},  # too long
        {"username": "bad name!", "password": PASSWORD},  # forbidden characters
        {"username": "alice", "password": "short"},  # weak password
        {"username": "alice"},  # missing password
        {"username": "alice", "password": PASSWORD, "is_admin": True},  # unknown field
    ],
)
async def test_register_rejects_invalid_payload(
    client: httpx.AsyncClient, payload: dict[str, object]
) -> None:
    response = await client.post("/auth/register", json=payload)
    assert response.status_code == 422


async def test_password_is_stored_hashed(client: httpx.AsyncClient, app: object) -> None:
    from sqlalchemy import select

    from todo_api.models import User

    await client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    async with app.state.database.sessionmaker() as session:  # type: ignore[attr-defined]
        stored = await session.scalar(select(User.password_hash))
    assert stored is not None
    assert PASSWORD not in stored
    assert stored.startswith("$argon2id$")


async def test_login_returns_bearer_token(client: httpx.AsyncClient, register: Register) -> None:
    await register("alice")
    response = await client.post("/auth/token", data={"username": "alice", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


@pytest.mark.parametrize(
    ("username", "password"), [("alice", "wrong password"), ("nobody", PASSWORD)]
)
async def test_login_with_bad_credentials_is_401(
    client: httpx.AsyncClient, register: Register, username: str, password: str
) -> None:
    await register("alice")
    response = await client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_login_without_form_fields_is_422(client: httpx.AsyncClient) -> None:
    response = await client.post("/auth/token", data={})
    assert response.status_code == 422


@pytest.mark.parametrize(
    "header",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic YWxpY2U6c2VjcmV0"},
    ],
)
async def test_todo_routes_require_a_valid_token(
    client: httpx.AsyncClient, header: dict[str, str]
) -> None:
    response = await client.get("/todos", headers=header)
    assert response.status_code == 401


async def test_expired_token_is_rejected(
    client: httpx.AsyncClient, register: Register, settings: Settings
) -> None:
    await register("alice")
    past = datetime.now(UTC) - timedelta(hours=2)
    token = jwt.encode(
        {"sub": "1", "iat": past, "exp": past + timedelta(minutes=5)},
        settings.secret_key.get_secret_value(),
        algorithm="HS256",
    )
    response = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


async def test_token_signed_with_other_key_is_rejected(
    client: httpx.AsyncClient, register: Register
) -> None:
    await register("alice")
    token = jwt.encode(
        {"sub": "1", "exp": datetime.now(UTC) + timedelta(minutes=5)},
        "some-other-secret-of-sufficient-length-000",
        algorithm="HS256",
    )
    response = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


async def test_token_of_deleted_user_is_rejected(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    token = jwt.encode(
        {"sub": "999", "exp": datetime.now(UTC) + timedelta(minutes=5)},
        settings.secret_key.get_secret_value(),
        algorithm="HS256",
    )
    response = await client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401
