from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import TEST_SECRET


def test_signup_returns_user_without_password(client: TestClient) -> None:
    resp = client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    assert resp.status_code == 201
    body = resp.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "password" not in body and "password_hash" not in body


def test_duplicate_username_is_conflict(client: TestClient) -> None:
    payload = {"username": "alice", "password": "s3cret-pass"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    resp = client.post("/auth/signup", json=payload)
    assert resp.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": "s3cret-pass"},
        {"username": "al", "password": "s3cret-pass"},
        {"username": "alice", "password": "short"},
        {"username": "bad name!", "password": "s3cret-pass"},
        {"username": "alice", "password": "é" * 40},
        {"username": 123, "password": "s3cret-pass"},
    ],
)
def test_signup_validation(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_login_success(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    resp = client.post("/auth/token", data={"username": "alice", "password": "s3cret-pass"})
    assert resp.status_code == 200
    body = resp.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 300
    me = client.get("/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json()["username"] == "alice"


@pytest.mark.parametrize("username,password", [("alice", "wrong-pass"), ("nobody", "s3cret-pass")])
def test_login_failures_are_401(client: TestClient, username: str, password: str) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    resp = client.post("/auth/token", data={"username": username, "password": password})
    assert resp.status_code == 401
    assert resp.headers["www-authenticate"] == "Bearer"


def test_login_missing_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic YWxpY2U6cGFzcw=="},
    ],
)
def test_todos_require_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/todos", headers=headers).status_code == 401


def test_expired_token_is_401(client: TestClient, make_user) -> None:
    make_user("alice")
    past = datetime.now(timezone.utc) - timedelta(minutes=5)
    token = jwt.encode({"sub": "1", "exp": past}, TEST_SECRET, algorithm="HS256")
    resp = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 401


def test_token_signed_with_other_key_is_401(client: TestClient, make_user) -> None:
    make_user("alice")
    future = datetime.now(timezone.utc) + timedelta(minutes=5)
    token = jwt.encode({"sub": "1", "exp": future}, "x" * 40, algorithm="HS256")
    assert client.get("/todos", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_token_for_deleted_or_unknown_user_is_401(client: TestClient) -> None:
    future = datetime.now(timezone.utc) + timedelta(minutes=5)
    token = jwt.encode({"sub": "999", "exp": future}, TEST_SECRET, algorithm="HS256")
    assert client.get("/todos", headers={"Authorization": f"Bearer {token}"}).status_code == 401
