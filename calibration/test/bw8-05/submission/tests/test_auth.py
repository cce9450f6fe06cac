from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient

from tests.conftest import AuthFactory
from todo_app.security import create_access_token


async def test_register_returns_201_without_password(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "alice", "password": "s3cure-pass"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert set(body) == {"id", "username", "created_at"}


async def test_register_duplicate_username_is_409(client: AsyncClient) -> None:
    payload = {"username": "alice", "password": "s3cure-pass"}
    assert (await client.post("/auth/register", json=payload)).status_code == 201
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 409
    assert r.json()["detail"] == "Username already registered"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "alice"},
        {"password": "s3cure-pass"},
        {"username": "al", "password": "s3cure-pass"},
        {"username": "a" * 51, "password": "s3cure-pass"},
        {"username": "bad name!", "password": "s3cure-pass"},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},  # 80 bytes > bcrypt limit
        {"username": 123, "password": "s3cure-pass"},
    ],
)
async def test_register_validation_errors(client: AsyncClient, payload: dict[str, object]) -> None:
    r = await client.post("/auth/register", json=payload)
    assert r.status_code == 422


async def test_login_success(client: AsyncClient, auth_headers: AuthFactory) -> None:
    headers = await auth_headers("alice")
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong-password"), ("nobody", "s3cure-passw0rd"), ("alice", "x" * 100)],
)
async def test_login_failures_are_401(
    client: AsyncClient, auth_headers: AuthFactory, username: str, password: str
) -> None:
    await auth_headers("alice")
    r = await client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


async def test_login_missing_fields_is_422(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "alice"})
    assert r.status_code == 422


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer not.a.jwt", "Basic YWxpY2U6cGFzcw==", "Bearer "],
)
async def test_me_rejects_missing_or_bad_credentials(
    client: AsyncClient, header: str | None
) -> None:
    headers = {"Authorization": header} if header is not None else {}
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 401


async def test_expired_token_is_401(client: AsyncClient, auth_headers: AuthFactory) -> None:
    await auth_headers("alice")
    token = create_access_token(1, now=datetime.now(UTC) - timedelta(hours=2))
    r = await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


async def test_token_for_deleted_or_unknown_user_is_401(client: AsyncClient) -> None:
    token = create_access_token(9999)
    r = await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
