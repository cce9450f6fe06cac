from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient

from tests.conftest import TEST_SECRET


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": "long-enough-pw"})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "ada"
    assert "id" in body
    assert not {"password", "password_hash"} & body.keys()


def test_register_duplicate_username_is_conflict(client: TestClient) -> None:
    payload = {"username": "ada", "password": "long-enough-pw"}
    assert client.post("/auth/register", json=payload).status_code == 201

    response = client.post("/auth/register", json=payload)

    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"password": "long-enough-pw"},
        {"username": "ada", "password": "short"},
        {"username": "a", "password": "long-enough-pw"},
        {"username": "ada lovelace", "password": "long-enough-pw"},
        {"username": "ada", "password": "é" * 40},  # 40 chars but 80 bytes: too long for bcrypt
        {"username": 123, "password": "long-enough-pw"},
    ],
)
def test_register_rejects_invalid_payloads(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_with_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "long-enough-pw"})

    response = client.post("/auth/token", data={"username": "ada", "password": "wrong-password"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_with_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "ghost", "password": "whatever1"})

    assert response.status_code == 401


def test_login_with_overlong_password_is_401_not_500(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "long-enough-pw"})

    response = client.post("/auth/token", data={"username": "ada", "password": "x" * 500})

    assert response.status_code == 401


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={}).status_code == 422


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic YWRhOnB3"},
        {"Authorization": "Bearer " + jwt.encode({"sub": "1", "exp": 9999999999}, "other-secret-other-secret-other-secret", algorithm="HS256")},
    ],
)
def test_todos_require_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/todos", headers=headers).status_code == 401


def test_expired_token_is_rejected(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "long-enough-pw"})
    expired = jwt.encode(
        {"sub": "1", "exp": datetime.now(UTC) - timedelta(minutes=1)}, TEST_SECRET, algorithm="HS256"
    )

    response = client.get("/todos", headers={"Authorization": f"Bearer {expired}"})

    assert response.status_code == 401


def test_token_for_deleted_or_unknown_user_is_rejected(client: TestClient) -> None:
    token = jwt.encode(
        {"sub": "999", "exp": datetime.now(UTC) + timedelta(minutes=5)}, TEST_SECRET, algorithm="HS256"
    )

    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
