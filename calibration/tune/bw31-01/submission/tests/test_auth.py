from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from quill.schemas import UserId
from quill.security import create_access_token
from quill.settings import Settings
from tests.conftest import RegisterFn


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": "s3cret-pass"})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "ada"
    assert isinstance(body["id"], int)
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username_is_conflict(client: TestClient) -> None:
    payload = {"username": "ada", "password": "s3cret-pass"}
    assert client.post("/auth/register", json=payload).status_code == 201
    assert client.post("/auth/register", json=payload).status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"password": "s3cret-pass"},
        {"username": "ab", "password": "s3cret-pass"},
        {"username": "ada", "password": "short"},
        {"username": "has space", "password": "s3cret-pass"},
        {"username": 42, "password": "s3cret-pass"},
        {"username": "ada", "password": "s3cret-pass", "is_admin": True},
    ],
)
def test_register_rejects_malformed_input(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_with_wrong_password_is_401(client: TestClient, auth_headers: RegisterFn) -> None:
    auth_headers("ada")
    response = client.post("/auth/token", data={"username": "ada", "password": "nope-nope"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})
    assert response.status_code == 401


def test_me_requires_token(client: TestClient) -> None:
    assert client.get("/auth/me").status_code == 401


def test_me_rejects_garbage_token(client: TestClient) -> None:
    response = client.get("/auth/me", headers={"Authorization": "Bearer not.a.jwt"})
    assert response.status_code == 401


def test_expired_token_is_rejected(
    client: TestClient, settings: Settings, auth_headers: RegisterFn
) -> None:
    auth_headers("ada")
    long_ago = datetime.now(UTC) - timedelta(days=1)
    token, _ = create_access_token(UserId(1), settings, now=long_ago)
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_token_signed_with_other_key_is_rejected(client: TestClient, auth_headers: RegisterFn) -> None:
    auth_headers("ada")
    from pydantic import SecretStr

    forged_settings = Settings(secret_key=SecretStr("x" * 40), database_url="sqlite://")
    token, _ = create_access_token(UserId(1), forged_settings)
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_me_returns_current_user(client: TestClient, auth_headers: RegisterFn) -> None:
    headers = auth_headers("ada")
    response = client.get("/auth/me", headers=headers)
    assert response.status_code == 200
    assert response.json()["username"] == "ada"
