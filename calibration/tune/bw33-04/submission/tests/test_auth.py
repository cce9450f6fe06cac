from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

from todo_service.config import Settings


def test_register_returns_user_without_secret_fields(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "carol", "password": "long enough pw"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


def test_duplicate_username_conflicts(client: TestClient) -> None:
    body = {"username": "carol", "password": "long enough pw"}
    assert client.post("/auth/register", json=body).status_code == 201
    r = client.post("/auth/register", json=body)
    assert r.status_code == 409
    assert r.json()["detail"] == "Username already taken"


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ab", "password": "long enough pw"},
        {"username": "has space", "password": "long enough pw"},
        {"username": "carol", "password": "short"},
        {"username": "carol", "password": "x" * 73},
        {"username": "carol"},
        {"password": "long enough pw"},
    ],
)
def test_register_validation(client: TestClient, body: dict[str, str]) -> None:
    assert client.post("/auth/register", json=body).status_code == 422


def test_password_is_stored_hashed(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "dave", "password": "plaintext?"})

    async def fetch_hash() -> str:
        from sqlalchemy import select

        from todo_service.db import User

        async with client.app.state.db.sessionmaker() as s:  # type: ignore[attr-defined]
            return (await s.scalar(select(User.password_hash).where(User.username == "dave"))) or ""

    stored = client.portal.call(fetch_hash)  # type: ignore[union-attr]
    assert stored.startswith("$2b$") and "plaintext?" not in stored


@pytest.mark.parametrize("username,password", [("alice", "wrong password"), ("nobody", "whatever pw")])
def test_login_failures_are_401(
    client: TestClient, alice: dict[str, str], username: str, password: str
) -> None:
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_missing_malformed_and_expired_tokens(client: TestClient, settings: Settings) -> None:
    assert client.get("/todos").status_code == 401
    assert client.get("/todos", headers={"Authorization": "Bearer nope"}).status_code == 401
    expired = jwt.encode(
        {"sub": "1", "exp": datetime.now(timezone.utc) - timedelta(seconds=5)},
        settings.jwt_secret.get_secret_value(),
        algorithm="HS256",
    )
    assert client.get("/todos", headers={"Authorization": f"Bearer {expired}"}).status_code == 401
    forged = jwt.encode({"sub": "1", "exp": 9999999999}, "another-secret-another-secret-xx", algorithm="HS256")
    assert client.get("/todos", headers={"Authorization": f"Bearer {forged}"}).status_code == 401


def test_token_for_deleted_or_unknown_user(client: TestClient, settings: Settings) -> None:
    token = jwt.encode(
        {"sub": "424242", "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
        settings.jwt_secret.get_secret_value(),
        algorithm="HS256",
    )
    assert client.get("/todos", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_settings_refuse_short_secret() -> None:
    with pytest.raises(ValueError):
        Settings(jwt_secret="too-short")
