from datetime import UTC, datetime, timedelta

import anyio
import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD
from todoserve.config import Settings
from todoserve.security import hash_password, verify_password


def test_register_returns_public_fields_only(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}


def test_register_duplicate_username(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409
    assert r.json() == {"detail": "Username already taken"}


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "alice!", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},  # 80 bytes, over bcrypt's limit
        {"username": ["alice"], "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
def test_register_validation(client: TestClient, body: dict[str, object]) -> None:
    r = client.post("/auth/register", json=body)
    assert r.status_code == 422
    assert r.json()["detail"]


def test_password_is_stored_as_bcrypt_hash() -> None:
    hashed = anyio.run(hash_password, PASSWORD, 4)
    assert hashed != PASSWORD
    assert hashed.startswith("$2b$04$")
    assert anyio.run(verify_password, PASSWORD, hashed)
    assert not anyio.run(verify_password, "not the password", hashed)


def test_login_wrong_password(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong password"})
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_login_unknown_user(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})
    assert r.status_code == 401


def test_login_missing_fields(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_me(client: TestClient, alice: dict[str, str]) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "Basic YWxpY2U6cGFzc3dvcmQ="},
    ],
)
def test_me_rejects_bad_credentials(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=headers).status_code == 401


def _token(settings: Settings, key: str | None = None, **claims: object) -> str:
    now = datetime.now(UTC)
    payload: dict[str, object] = {"sub": "1", "iat": now, "exp": now + timedelta(minutes=5)}
    payload.update(claims)
    return jwt.encode(payload, key or settings.secret_key.get_secret_value(), "HS256")


def test_expired_token(client: TestClient, settings: Settings, alice: dict[str, str]) -> None:
    token = _token(settings, exp=datetime.now(UTC) - timedelta(seconds=1))
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_token_with_wrong_key(
    client: TestClient, settings: Settings, alice: dict[str, str]
) -> None:
    token = _token(settings, key="some-other-key-" + "y" * 40)
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_token_for_deleted_or_unknown_user(client: TestClient, settings: Settings) -> None:
    token = _token(settings, sub="999")
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_token_with_non_numeric_subject(client: TestClient, settings: Settings) -> None:
    token = _token(settings, sub="alice")
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
