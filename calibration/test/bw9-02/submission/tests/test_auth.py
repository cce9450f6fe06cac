from __future__ import annotations

from datetime import datetime, timedelta, timezone

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import TEST_SECRET
from todo_api.security import hash_password_sync, verify_password_sync


def test_register_returns_201_and_no_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": "analytical"})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "username": "ada"}


def test_register_same_username_twice_is_409(client: TestClient) -> None:
    body = {"username": "ada", "password": "analytical"}
    assert client.post("/auth/register", json=body).status_code == 201
    assert client.post("/auth/register", json=body).status_code == 409
    # usernames are compared case-insensitively
    body["username"] = "ADA"
    assert client.post("/auth/register", json=body).status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "ada"},
        {"password": "analytical"},
        {"username": "ad", "password": "analytical"},
        {"username": "a" * 33, "password": "analytical"},
        {"username": "ada lovelace", "password": "analytical"},
        {"username": "ada", "password": "short"},
        {"username": "ada", "password": "x" * 129},
        {"username": 42, "password": "analytical"},
    ],
)
def test_register_rejects_invalid_bodies(client: TestClient, body: dict[str, object]) -> None:
    response = client.post("/auth/register", json=body)
    assert response.status_code == 422
    assert response.json()["detail"]  # a useful message, not an empty body


def test_login_with_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "analytical"})
    response = client.post("/auth/token", data={"username": "ada", "password": "difference"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_with_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert response.status_code == 401


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={}).status_code == 422


@pytest.mark.parametrize(
    "header",
    [
        None,
        "Bearer not-a-token",
        "Basic YWRhOmFuYWx5dGljYWw=",
        "Bearer " + jwt.encode({"sub": "1"}, "a-completely-different-secret-of-32-bytes+", algorithm="HS256"),
    ],
)
def test_todos_require_a_valid_token(client: TestClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    assert client.get("/todos", headers=headers).status_code == 401


def test_expired_token_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "analytical"})
    past = datetime.now(timezone.utc) - timedelta(minutes=1)
    token = jwt.encode({"sub": "1", "exp": past}, TEST_SECRET, algorithm="HS256")
    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_token_for_unknown_user_is_401(client: TestClient) -> None:
    token = jwt.encode({"sub": "99"}, TEST_SECRET, algorithm="HS256")
    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


def test_password_hashes_are_salted_and_verifiable() -> None:
    first = hash_password_sync("analytical")
    second = hash_password_sync("analytical")
    assert first != second
    assert "analytical" not in first
    assert verify_password_sync("analytical", first)
    assert not verify_password_sync("Analytical", first)
    assert not verify_password_sync("analytical", "not-a-hash")
