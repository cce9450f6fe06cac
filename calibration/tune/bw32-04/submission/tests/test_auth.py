from datetime import UTC, datetime, timedelta

import httpx
import jwt
import pytest

from blogapi.settings import get_settings
from conftest import PASSWORD

pytestmark = pytest.mark.anyio


async def test_signup_returns_user_without_secrets(client: httpx.AsyncClient) -> None:
    r = await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert set(body) == {"id", "username", "created_at"}


async def test_password_is_stored_hashed(client: httpx.AsyncClient) -> None:
    from sqlalchemy import select

    from blogapi.database import SessionFactory
    from blogapi.models import User

    await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    async with SessionFactory() as s:
        stored = await s.scalar(select(User.password_hash).where(User.username == "alice"))
    assert stored is not None and stored.startswith("$argon2id$") and PASSWORD not in stored


async def test_duplicate_username_is_409(client: httpx.AsyncClient) -> None:
    await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    r = await client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": "bad name!", "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
        {"username": 123, "password": PASSWORD},
    ],
)
async def test_signup_validation(client: httpx.AsyncClient, payload: dict[str, object]) -> None:
    r = await client.post("/auth/signup", json=payload)
    assert r.status_code == 422


async def test_signup_malformed_json_is_422(client: httpx.AsyncClient) -> None:
    r = await client.post(
        "/auth/signup", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422


async def test_login_and_me(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    headers = await make_user("alice")
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize(("username", "password"), [("alice", "wrong password!"), ("nobody", PASSWORD)])
async def test_bad_credentials_are_401(
    client: httpx.AsyncClient, make_user, username: str, password: str  # type: ignore[no-untyped-def]
) -> None:
    await make_user("alice")
    r = await client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.json() == {"detail": "Incorrect username or password"}


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer not-a-jwt", "Basic YWxpY2U6cHc="],
)
async def test_me_rejects_missing_or_garbage_tokens(client: httpx.AsyncClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    r = await client.get("/auth/me", headers=headers)
    assert r.status_code == 401


async def test_expired_token_is_401(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    await make_user("alice")
    s = get_settings()
    past = datetime.now(UTC) - timedelta(hours=2)
    token = jwt.encode(
        {"sub": "1", "iss": s.jwt_issuer, "aud": s.jwt_audience, "iat": past, "exp": past + timedelta(minutes=5)},
        s.jwt_secret.get_secret_value(),
        algorithm="HS256",
    )
    r = await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


async def test_token_signed_with_other_key_is_401(client: httpx.AsyncClient, make_user) -> None:  # type: ignore[no-untyped-def]
    await make_user("alice")
    s = get_settings()
    now = datetime.now(UTC)
    token = jwt.encode(
        {"sub": "1", "iss": s.jwt_issuer, "aud": s.jwt_audience, "iat": now, "exp": now + timedelta(minutes=5)},
        "some-other-key-some-other-key-some-other-key",
        algorithm="HS256",
    )
    r = await client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
