from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "correct-horse"})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_username_conflicts(client: TestClient) -> None:
    payload = {"username": "alice", "password": "correct-horse"}
    assert client.post("/auth/register", json=payload).status_code == 201
    response = client.post("/auth/register", json=payload)
    assert response.status_code == 409


def test_register_rejects_short_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "short"})
    assert response.status_code == 422


def test_register_rejects_missing_fields(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "alice"}).status_code == 422


def test_login_wrong_password(client: TestClient, make_user: Callable[..., dict[str, str]]) -> None:
    make_user("alice", "correct-horse")
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-horse"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert response.status_code == 401


def test_password_is_stored_hashed(client: TestClient, make_user: Callable[..., dict[str, str]]) -> None:
    import sqlite3

    from app.config import get_settings

    make_user("alice", "correct-horse")
    conn = sqlite3.connect(get_settings().database_path)
    (stored,) = conn.execute("SELECT password_hash FROM users WHERE username = 'alice'").fetchone()
    conn.close()
    assert stored.startswith("pbkdf2_sha256$")
    assert "correct-horse" not in stored
