from datetime import datetime, timedelta, timezone

import jwt
from fastapi.testclient import TestClient

from blog.settings import get_settings


def test_register_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/auth/register", json={"username": "alice", "password": "correct-horse-42"})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "alice"
    assert "id" in body
    assert "password" not in body
    assert "password_hash" not in body


def test_register_duplicate_username_is_conflict(client: TestClient) -> None:
    payload = {"username": "alice", "password": "correct-horse-42"}
    assert client.post("/auth/register", json=payload).status_code == 201
    r = client.post("/auth/register", json=payload)
    assert r.status_code == 409


def test_register_rejects_weak_passwords(client: TestClient) -> None:
    for password in ["short", "1234567890", "alice-is-me"]:
        r = client.post("/auth/register", json={"username": "alice", "password": password})
        assert r.status_code == 422, password


def test_register_rejects_bad_usernames(client: TestClient) -> None:
    for username in ["", "ab", "has space", "x" * 151]:
        r = client.post("/auth/register", json={"username": username, "password": "correct-horse-42"})
        assert r.status_code == 422, username


def test_register_missing_fields(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422
    assert client.post("/auth/register", json={}).status_code == 422


def test_login_ok(client: TestClient, alice: dict[str, str]) -> None:
    r = client.get("/auth/me", headers=alice)
    assert r.status_code == 200
    assert r.json()["username"] == "alice"


def test_login_wrong_password(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong-password-1"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "nobody", "password": "whatever-123"})
    assert r.status_code == 401


def test_me_requires_token(client: TestClient) -> None:
    assert client.get("/auth/me").status_code == 401


def test_me_rejects_garbage_token(client: TestClient) -> None:
    r = client.get("/auth/me", headers={"Authorization": "Bearer not-a-jwt"})
    assert r.status_code == 401


def test_me_rejects_expired_token(client: TestClient, alice: dict[str, str]) -> None:
    settings = get_settings()
    past = datetime.now(timezone.utc) - timedelta(hours=2)
    token = jwt.encode(
        {"sub": "1", "iat": past, "exp": past + timedelta(minutes=5)},
        settings.secret_key,
        algorithm=settings.jwt_algorithm,
    )
    r = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_me_rejects_token_signed_with_other_key(client: TestClient, alice: dict[str, str]) -> None:
    token = jwt.encode(
        {"sub": "1", "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
        "some-other-key-that-is-long-enough-000000",
        algorithm="HS256",
    )
    r = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
