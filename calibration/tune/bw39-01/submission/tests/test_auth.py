from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient

from todo_api.security import create_access_token

from .conftest import PASSWORD, TEST_SECRET


def test_signup_returns_201_without_password(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "carol", "password": PASSWORD})
    assert r.status_code == 201
    body = r.json()
    assert body["username"] == "carol"
    assert isinstance(body["id"], int)
    assert "password" not in body and "password_hash" not in body


def test_signup_duplicate_username_is_409(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert r.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ab", "password": PASSWORD},
        {"username": "has space", "password": PASSWORD},
        {"username": "dave", "password": "short"},
        {"username": "dave"},
        {"username": "dave", "password": PASSWORD, "admin": True},
        {"username": 123, "password": PASSWORD},
    ],
)
def test_signup_rejects_bad_input(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/signup", json=payload).status_code == 422


def test_login_wrong_password_is_401(client: TestClient, alice: dict[str, str]) -> None:
    r = client.post("/auth/token", data={"username": "alice", "password": "not-the-password"})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient) -> None:
    r = client.post("/auth/token", data={"username": "nobody", "password": PASSWORD})
    assert r.status_code == 401


def test_login_missing_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_todos_without_token_is_401(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401


def test_garbage_token_is_401(client: TestClient) -> None:
    r = client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})
    assert r.status_code == 401


def test_token_signed_with_other_secret_is_401(client: TestClient, alice: dict[str, str]) -> None:
    forged = create_access_token(1, "another-secret-another-secret-000000", 5)
    r = client.get("/todos", headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401


def test_expired_token_is_401(client: TestClient, alice: dict[str, str]) -> None:
    past = datetime.now(timezone.utc) - timedelta(hours=2)
    expired = create_access_token(1, TEST_SECRET, 5, now=past)
    r = client.get("/todos", headers={"Authorization": f"Bearer {expired}"})
    assert r.status_code == 401
    assert r.json()["detail"] == "token expired"


def test_token_for_unknown_user_is_401(client: TestClient) -> None:
    token = create_access_token(999, TEST_SECRET, 5)
    r = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401
