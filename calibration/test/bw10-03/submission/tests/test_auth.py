from datetime import UTC, datetime, timedelta

import jwt
import pytest
from httpx import AsyncClient

from app.config import get_settings


async def test_register_hides_password(client: AsyncClient) -> None:
    r = await client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "alice"}


async def test_register_duplicate(client: AsyncClient, make_user) -> None:
    await make_user("alice")
    r = await client.post("/auth/register", json={"username": "alice", "password": "another-pass"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "al", "password": "s3cret-pass"},
        {"username": "alice!", "password": "s3cret-pass"},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},  # 80 bytes, over bcrypt's limit
        {"username": "alice"},
    ],
)
async def test_register_validation(client: AsyncClient, body: dict) -> None:
    assert (await client.post("/auth/register", json=body)).status_code == 422


async def test_login_wrong_password(client: AsyncClient, make_user) -> None:
    await make_user("alice")
    r = await client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})
    assert r.status_code == 401


async def test_login_unknown_user(client: AsyncClient) -> None:
    r = await client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert r.status_code == 401


@pytest.mark.parametrize("auth", [None, "Bearer not-a-jwt", "Token abc"])
async def test_write_requires_valid_token(client: AsyncClient, auth: str | None) -> None:
    headers = {"Authorization": auth} if auth else {}
    r = await client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert r.status_code == 401


async def test_expired_token_rejected(client: AsyncClient, make_user) -> None:
    await make_user("alice")
    s = get_settings()
    past = datetime.now(UTC) - timedelta(hours=1)
    token = jwt.encode({"sub": "1", "exp": past}, s.jwt_secret, algorithm=s.jwt_algorithm)
    r = await client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 401


async def test_token_for_deleted_user_rejected(client: AsyncClient) -> None:
    s = get_settings()
    token = jwt.encode(
        {"sub": "999", "exp": datetime.now(UTC) + timedelta(minutes=5)},
        s.jwt_secret,
        algorithm=s.jwt_algorithm,
    )
    r = await client.post(
        "/posts", json={"title": "t", "content": "c"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 401
