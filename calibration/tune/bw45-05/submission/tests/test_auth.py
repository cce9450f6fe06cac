from datetime import datetime, timedelta, timezone

import jwt
import pytest
from httpx import AsyncClient
from sqlalchemy import select

from blog_api.config import Settings
from blog_api.models import User
from tests.conftest import PASSWORD


async def test_signup_returns_public_fields_only(client: AsyncClient) -> None:
    response = await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "username", "created_at"}
    assert body["created_at"].endswith("+00:00") or body["created_at"].endswith("Z")


async def test_password_is_stored_as_bcrypt_hash(client: AsyncClient, app) -> None:  # type: ignore[no-untyped-def]
    await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    async with app.state.sessionmaker() as session:
        stored = await session.scalar(select(User.password_hash))
    assert stored is not None and stored.startswith("$2")
    assert PASSWORD not in stored


async def test_duplicate_username_is_409(client: AsyncClient) -> None:
    payload = {"username": "alice", "password": PASSWORD}
    assert (await client.post("/auth/signup", json=payload)).status_code == 201
    assert (await client.post("/auth/signup", json=payload)).status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "alice smith", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},  # 80 bytes
        {"username": ["alice"], "password": PASSWORD},
    ],
)
async def test_signup_validation(client: AsyncClient, payload: dict[str, object]) -> None:
    assert (await client.post("/auth/signup", json=payload)).status_code == 422


async def test_login_returns_bearer_token(client: AsyncClient) -> None:
    await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    response = await client.post("/auth/token", data={"username": "alice", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong-password"), ("nobody", PASSWORD), ("alice", "x" * 100)],
)
async def test_login_failures_are_401(client: AsyncClient, username: str, password: str) -> None:
    await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    response = await client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


async def test_login_requires_form_fields(client: AsyncClient) -> None:
    assert (await client.post("/auth/token", data={"username": "alice"})).status_code == 422


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer not-a-jwt", "Basic YWxpY2U6c2VjcmV0"],
)
async def test_writes_need_a_valid_token(client: AsyncClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = await client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)
    assert response.status_code == 401


def _token(settings: Settings, **claims: object) -> str:
    return jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm="HS256")


async def test_expired_and_foreign_tokens_are_401(
    client: AsyncClient, settings: Settings, alice: dict[str, str]
) -> None:
    past = datetime.now(timezone.utc) - timedelta(hours=1)
    tokens = [
        _token(settings, sub="1", exp=past),
        _token(settings, sub="999", exp=past + timedelta(hours=2)),
        _token(settings, sub="not-a-number", exp=past + timedelta(hours=2)),
        _token(settings, sub=str(2**40), exp=past + timedelta(hours=2)),
        jwt.encode({"sub": "1", "exp": past + timedelta(hours=2)}, "another-secret-of-32-bytes-len!!", algorithm="HS256"),
    ]
    for token in tokens:
        response = await client.post(
            "/posts",
            json={"title": "t", "content": "c"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 401, token
