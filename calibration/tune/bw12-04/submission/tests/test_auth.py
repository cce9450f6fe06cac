from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from todo_service import repository
from todo_service.config import Settings
from todo_service.security import new_token, token_digest

from .conftest import PASSWORD


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "username", "created_at"}
    assert body["username"] == "alice"


def test_password_is_stored_as_argon2_hash(
    client: TestClient, register: Callable[..., dict], settings: Settings
) -> None:
    register("alice")

    with sqlite3.connect(settings.database_path) as conn:
        (stored,) = conn.execute("SELECT password_hash FROM users").fetchone()
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored


def test_duplicate_username_is_409(client: TestClient, register: Callable[..., dict]) -> None:
    register("alice")
    response = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "alice smith", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": 123, "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
def test_register_rejects_invalid_payload(client: TestClient, payload: dict) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_returns_bearer_token(client: TestClient, register: Callable[..., dict]) -> None:
    register("alice")
    response = client.post("/auth/token", data={"username": "alice", "password": PASSWORD})

    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] > 0
    assert len(body["access_token"]) >= 40


@pytest.mark.parametrize(
    ("username", "password"), [("alice", "wrong password"), ("nobody", PASSWORD)]
)
def test_login_with_bad_credentials_is_401(
    client: TestClient, register: Callable[..., dict], username: str, password: str
) -> None:
    register("alice")
    response = client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={}).status_code == 422


def test_tokens_are_not_stored_in_clear(
    client: TestClient, alice: dict[str, str], settings: Settings
) -> None:
    token = alice["Authorization"].removeprefix("Bearer ")
    with sqlite3.connect(settings.database_path) as conn:
        stored = [row[0] for row in conn.execute("SELECT token_digest FROM tokens")]
    assert stored == [token_digest(token)]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not-a-real-token"},
        {"Authorization": "Basic YWxpY2U6cGFzc3dvcmQ="},
        {"Authorization": "Bearer caf\u00e9".encode()},
    ],
)
def test_me_requires_a_valid_token(client: TestClient, headers: dict[str, str | bytes]) -> None:
    response = client.get("/auth/me", headers=headers)
    assert response.status_code == 401


def test_me_returns_current_user(client: TestClient, alice: dict[str, str]) -> None:
    response = client.get("/auth/me", headers=alice)
    assert response.status_code == 200
    assert response.json()["username"] == "alice"


def test_expired_token_is_rejected(
    client: TestClient, register: Callable[..., dict], settings: Settings
) -> None:
    user = register("alice")
    token = new_token()
    with sqlite3.connect(settings.database_path) as conn:
        repository.store_token(conn, token_digest(token), user["id"], timedelta(seconds=-1))

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_logout_revokes_token(client: TestClient, alice: dict[str, str]) -> None:
    assert client.post("/auth/logout", headers=alice).status_code == 204
    assert client.get("/auth/me", headers=alice).status_code == 401
