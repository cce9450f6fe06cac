from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from fastapi.testclient import TestClient

from .conftest import TEST_SECRET, AuthHeaders


def test_register_returns_201_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "password" not in body
    assert "password_hash" not in body


def test_register_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "alice", "password": "s3cret-pass"}
    assert client.post("/auth/register", json=payload).status_code == 201

    response = client.post("/auth/register", json=payload)

    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"username": "alice"},
        {"username": "al", "password": "s3cret-pass"},
        {"username": "alice smith", "password": "s3cret-pass"},
        {"username": "alice", "password": "short"},
        {"username": "alice", "password": "x" * 129},
        {"username": 123, "password": "s3cret-pass"},
        {"username": "alice", "password": "s3cret-pass", "is_admin": True},
    ],
)
def test_register_rejects_bad_input(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": "s3cret-pass"})

    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-pass"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})

    assert response.status_code == 401


def test_login_missing_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_todos_require_a_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_garbage_token_is_401(client: TestClient) -> None:
    response = client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})

    assert response.status_code == 401


def test_expired_token_is_401(
    client: TestClient, make_user: Callable[[str], AuthHeaders]
) -> None:
    make_user("alice")
    past = datetime.now(UTC) - timedelta(minutes=10)
    token = jwt.encode({"sub": "1", "exp": past}, TEST_SECRET, algorithm="HS256")

    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
    assert response.json()["detail"] == "token expired"


def test_token_signed_with_other_key_is_401(client: TestClient) -> None:
    future = datetime.now(UTC) + timedelta(minutes=10)
    token = jwt.encode({"sub": "1", "exp": future}, "another-secret-" + "y" * 40, algorithm="HS256")

    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_for_deleted_user_is_401(client: TestClient) -> None:
    future = datetime.now(UTC) + timedelta(minutes=10)
    token = jwt.encode({"sub": "999", "exp": future}, TEST_SECRET, algorithm="HS256")

    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
