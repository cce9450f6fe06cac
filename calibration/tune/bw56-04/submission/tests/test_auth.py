from __future__ import annotations

import time
import uuid

import pytest
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD, SECRET, Headers
from tests.fakes import InMemoryRepository
from todo_service.security import TokenService


def _bearer(token: str) -> Headers:
    return {"Authorization": f"Bearer {token}"}


def test_register_returns_public_fields_only(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 201
    assert set(response.json()) == {"id", "username", "created_at"}


def test_password_is_stored_as_argon2id(client: TestClient, repository: InMemoryRepository) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    (user,) = repository.users.values()
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_username_is_normalised_and_unique(client: TestClient) -> None:
    first = client.post("/auth/register", json={"username": "Alice", "password": PASSWORD})
    assert first.json()["username"] == "alice"
    again = client.post("/auth/register", json={"username": "ALICE", "password": PASSWORD})
    assert again.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "alice bob", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": 42, "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
def test_invalid_registrations_are_422(
    client: TestClient, repository: InMemoryRepository, payload: dict[str, object]
) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422
    assert repository.users == {}


def test_login_issues_bearer_token(client: TestClient, alice: Headers) -> None:
    response = client.post("/auth/token", data={"username": "alice", "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 900


def test_login_failures_are_indistinguishable(client: TestClient, alice: Headers) -> None:
    wrong = client.post("/auth/token", data={"username": "alice", "password": "not-the-password"})
    unknown = client.post("/auth/token", data={"username": "mallory", "password": PASSWORD})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.headers["WWW-Authenticate"] == "Bearer"


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={"username": "alice"}).status_code == 422


def test_missing_token_is_401(client: TestClient) -> None:
    response = client.get("/todos")
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


@pytest.mark.parametrize("header", ["Bearer", "Bearer not-a-jwt", "Basic YWxpY2U6cHc="])
def test_malformed_credentials_are_401(client: TestClient, header: str) -> None:
    assert client.get("/todos", headers={"Authorization": header}).status_code == 401


def test_token_signed_with_another_key_is_401(client: TestClient, alice: Headers) -> None:
    forged = TokenService("another-secret-0123456789abcdef-xyz", "todo-service", 900)
    assert client.get("/todos", headers=_bearer(forged.issue(uuid.uuid4()))).status_code == 401


def test_token_from_another_issuer_is_401(client: TestClient) -> None:
    foreign = TokenService(SECRET, "someone-else", 900)
    assert client.get("/todos", headers=_bearer(foreign.issue(uuid.uuid4()))).status_code == 401


def test_expired_token_is_401(client: TestClient, repository: InMemoryRepository, alice: Headers) -> None:
    (user,) = repository.users.values()
    stale = TokenService(SECRET, "todo-service", 900, clock=lambda: time.time() - 3600)
    assert client.get("/todos", headers=_bearer(stale.issue(user.id))).status_code == 401


def test_token_for_deleted_user_is_401(client: TestClient) -> None:
    ghost = TokenService(SECRET, "todo-service", 900).issue(uuid.uuid4())
    assert client.get("/todos", headers=_bearer(ghost)).status_code == 401
