from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import SECRET, MakeUser


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_signup_returns_public_fields_only(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})

    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "username", "created_at"}
    assert body["username"] == "alice"
    assert "correct-horse" not in response.text


def test_password_is_stored_hashed(client: TestClient) -> None:
    from todo_api.db import User

    client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
    stored = User.get(User.username == "alice").password_hash
    assert stored.startswith("$argon2id$")
    assert "correct-horse" not in stored


def test_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "alice", "password": "correct-horse"}
    assert client.post("/auth/signup", json=payload).status_code == 201
    assert client.post("/auth/signup", json=payload).status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": "correct-horse"},
        {"username": "al", "password": "correct-horse"},
        {"username": "alice smith", "password": "correct-horse"},
        {"username": "alice", "password": "short"},
        {"username": 123, "password": "correct-horse"},
        {"username": "alice", "password": "correct-horse", "is_admin": True},
    ],
)
def test_signup_validation(client: TestClient, payload: dict[str, Any]) -> None:
    response = client.post("/auth/signup", json=payload)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_login_and_me(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user("alice")
    response = client.get("/auth/me", headers=headers)
    assert response.status_code == 200
    assert response.json()["username"] == "alice"


@pytest.mark.parametrize(
    ("username", "password"),
    [("alice", "wrong-password"), ("nobody", "correct-horse"), ("", "")],
)
def test_bad_login_is_401(
    client: TestClient, make_user: MakeUser, username: str, password: str
) -> None:
    make_user("alice")
    response = client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code in (401, 422)
    if response.status_code == 401:
        assert response.headers["WWW-Authenticate"] == "Bearer"


def test_missing_token_is_401(client: TestClient) -> None:
    assert client.get("/auth/me").status_code == 401
    assert client.get("/todos").status_code == 401


def _token(claims: dict[str, Any], secret: str = SECRET) -> str:
    return jwt.encode(claims, secret, algorithm="HS256")


@pytest.mark.parametrize(
    "token",
    [
        "not-a-jwt",
        _token({"sub": "1", "exp": datetime.now(UTC) - timedelta(minutes=1)}),
        _token({"sub": "1", "exp": datetime.now(UTC) + timedelta(minutes=5)}, "x" * 40),
        _token({"sub": "1"}),
        _token({"sub": "not-a-number", "exp": datetime.now(UTC) + timedelta(minutes=5)}),
        _token({"sub": "999999", "exp": datetime.now(UTC) + timedelta(minutes=5)}),
    ],
    ids=["garbage", "expired", "wrong-secret", "no-exp", "bad-sub", "unknown-user"],
)
def test_invalid_tokens_are_401(client: TestClient, token: str) -> None:
    response = client.get("/todos", headers=_bearer(token))
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
