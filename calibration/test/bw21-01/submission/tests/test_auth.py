from __future__ import annotations

from datetime import datetime, timedelta, timezone

from fastapi.testclient import TestClient

from app.config import Settings
from app.security import create_access_token


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_username_is_conflict(client: TestClient) -> None:
    payload = {"username": "alice", "password": "s3cret-pass"}
    assert client.post("/auth/register", json=payload).status_code == 201

    response = client.post("/auth/register", json=payload)

    assert response.status_code == 409


def test_register_validates_input(client: TestClient) -> None:
    cases = [
        {"username": "al", "password": "s3cret-pass"},  # too short
        {"username": "alice smith", "password": "s3cret-pass"},  # bad characters
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},  # 80 bytes, over the bcrypt limit
        {"username": "alice"},
        {"username": "alice", "password": "s3cret-pass", "is_admin": True},
    ]
    for payload in cases:
        response = client.post("/auth/register", json=payload)
        assert response.status_code == 422, payload


def test_login_success_returns_bearer_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})

    response = client.post("/auth/token", data={"username": "alice", "password": "s3cret-pass"})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert response.json()["access_token"]


def test_login_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})

    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-pass"})

    assert response.status_code == 401


def test_login_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})

    assert response.status_code == 401


def test_login_with_very_long_password_is_401_not_500(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})

    response = client.post("/auth/token", data={"username": "alice", "password": "x" * 500})

    assert response.status_code == 401


def test_todos_require_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_garbage_token_is_401(client: TestClient) -> None:
    response = client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})

    assert response.status_code == 401


def test_expired_token_is_401(client: TestClient, settings: Settings) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    long_ago = datetime.now(timezone.utc) - timedelta(hours=2)
    token = create_access_token(1, settings, now=long_ago)

    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
    assert response.json()["detail"] == "Token has expired"


def test_token_signed_with_other_secret_is_401(client: TestClient, settings: Settings) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})
    forged = create_access_token(
        1, Settings(database_url=settings.database_url, jwt_secret="x" * 64)
    )

    response = client.get("/todos", headers={"Authorization": f"Bearer {forged}"})

    assert response.status_code == 401
