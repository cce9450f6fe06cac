from __future__ import annotations

from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

from todo_api.config import Settings


def test_signup_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": "s3cret-pass"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert "id" in body
    assert not any("password" in key for key in body)


def test_signup_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "dave", "password": "s3cret-pass"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    r = client.post("/auth/signup", json=payload)
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "ab", "password": "long enough"},
        {"username": "valid_name", "password": "short"},
        {"username": "has space", "password": "long enough"},
        {"username": "valid_name", "password": "long enough", "admin": True},
        {"username": 123, "password": "long enough"},
    ],
)
def test_signup_validation(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_login_wrong_password_is_401(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": "nope nope nope"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "ghost", "password": "whatever123"})
    assert r.status_code == 401


def test_login_missing_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_me(client: TestClient, alice: dict[str, str]) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic YWxpY2U6c2VjcmV0"},
    ],
)
def test_bad_credentials_are_401(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/todos", headers=headers).status_code == 401


def test_expired_token_is_401(client: TestClient, settings: Settings, alice: dict[str, str]) -> None:
    past = datetime.now(timezone.utc) - timedelta(hours=1)
    token = jwt.encode(
        {"sub": "1", "exp": past}, settings.secret_key.get_secret_value(), algorithm="HS256"
    )
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_signed_with_other_key_is_401(client: TestClient, alice: dict[str, str]) -> None:
    future = datetime.now(timezone.utc) + timedelta(hours=1)
    token = jwt.encode({"sub": "1", "exp": future}, "x" * 40, algorithm="HS256")
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_token_for_deleted_or_unknown_user_is_401(client: TestClient, settings: Settings) -> None:
    future = datetime.now(timezone.utc) + timedelta(hours=1)
    token = jwt.encode(
        {"sub": "999", "exp": future}, settings.secret_key.get_secret_value(), algorithm="HS256"
    )
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
