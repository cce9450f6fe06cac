from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from todoapi import security
from todoapi.config import Settings, load_settings
from todoapi.api import utc_now


def test_signup_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "ada", "password": "correct-horse"})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "username": "ada"}


def test_signup_duplicate_username_is_409(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "ada", "password": "correct-horse"})
    response = client.post("/auth/signup", json={"username": "ADA", "password": "correct-horse"})
    assert response.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "ada"},
        {"username": "ab", "password": "correct-horse"},
        {"username": "ada", "password": "short"},
        {"username": "a d a", "password": "correct-horse"},
        {"username": 42, "password": "correct-horse"},
        {"username": "ada", "password": "correct-horse", "is_admin": True},
    ],
)
def test_signup_validation(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=body).status_code == 422


def test_password_is_hashed_at_rest(client: TestClient, settings: Settings) -> None:
    import sqlite3

    client.post("/auth/signup", json={"username": "ada", "password": "correct-horse"})
    with sqlite3.connect(settings.database_path) as db:
        (stored,) = db.execute("SELECT password_hash FROM users").fetchone()
    assert stored.startswith("$argon2id$")
    assert "correct-horse" not in stored


@pytest.mark.parametrize("username,password", [("ada", "wrong-password"), ("nobody", "whatever-pw")])
def test_bad_login_is_401(client: TestClient, username: str, password: str) -> None:
    client.post("/auth/signup", json={"username": "ada", "password": "correct-horse"})
    response = client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer"}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Basic YWRhOnB3"}],
)
def test_todos_require_a_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/todos", headers=headers).status_code == 401


def test_expired_token_is_401(client: TestClient, settings: Settings, login) -> None:
    login("ada")
    stale = security.issue_token(settings.jwt_secret, 60, 1, utc_now() - timedelta(hours=2))
    assert client.get("/todos", headers={"Authorization": f"Bearer {stale}"}).status_code == 401


def test_token_for_unknown_user_is_401(client: TestClient, settings: Settings) -> None:
    ghost = security.issue_token(settings.jwt_secret, 3600, 99, utc_now())
    assert client.get("/todos", headers={"Authorization": f"Bearer {ghost}"}).status_code == 401


def test_token_signed_with_other_secret_is_401(client: TestClient, login) -> None:
    login("ada")
    forged = security.issue_token("y" * 48, 3600, 1, utc_now())
    assert client.get("/todos", headers={"Authorization": f"Bearer {forged}"}).status_code == 401


def test_settings_require_a_strong_secret() -> None:
    with pytest.raises(ValueError):
        load_settings({})
    with pytest.raises(ValueError):
        load_settings({"TODO_JWT_SECRET": "short"})
    assert load_settings({"TODO_JWT_SECRET": "z" * 40, "TODO_DATABASE_PATH": "a.db"}).database_path == "a.db"
