from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from todo_service.models import ApiKey, User


def test_signup_hides_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": "correct-horse"})
    assert r.status_code == 201
    assert set(r.json()) == {"id", "username", "created_at"}
    stored = User.get(User.username == "carol").password_hash
    assert stored.startswith("$2b$") and "correct-horse" not in stored


def test_duplicate_username(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": "another-pass"})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "al", "password": "correct-horse"},
        {"username": "Alice!", "password": "correct-horse"},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "é" * 40},  # 80 bytes, over bcrypt's limit
        {"username": "alice"},
        {"password": "correct-horse"},
    ],
)
def test_signup_validation(client: TestClient, payload: dict[str, str]) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong-password"), ("nobody", "correct-horse"), ("alice", "x" * 500)],
)
def test_bad_login(client: TestClient, alice: dict[str, str], username: str, password: str) -> None:
    r = client.post("/auth/login", json={"username": username, "password": password})
    assert r.status_code == 401


def test_api_key_stored_as_digest(client: TestClient, alice: dict[str, str]) -> None:
    key = alice["X-API-Key"]
    assert key.startswith("tdo_")
    assert not ApiKey.select().where(ApiKey.digest == key).exists()


@pytest.mark.parametrize("headers", [{}, {"X-API-Key": ""}, {"X-API-Key": "tdo_nope"}])
def test_me_requires_valid_key(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=headers).status_code == 401


def test_expired_key_rejected(client: TestClient, alice: dict[str, str]) -> None:
    ApiKey.update(expires_at=ApiKey.created_at).execute()
    assert client.get("/auth/me", headers=alice).status_code == 401


def test_logout_revokes_key(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/auth/me", headers=alice).json()["username"] == "alice"
    assert client.post("/auth/logout", headers=alice).status_code == 204
    assert client.get("/auth/me", headers=alice).status_code == 401
