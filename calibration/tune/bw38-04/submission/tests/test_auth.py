from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD, AuthHeaders
from todo_api.config import Settings
from todo_api.security import create_access_token


def test_signup_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert isinstance(body["id"], int)
    assert "password" not in body
    assert "password_hash" not in body


def test_signup_duplicate_username_is_409(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})

    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "alice"},
        {"password": PASSWORD},
        {"username": "al", "password": PASSWORD},
        {"username": "alice smith", "password": PASSWORD},
        {"username": "alice", "password": "short"},
        {"username": 123, "password": PASSWORD},
        {"username": "alice", "password": PASSWORD, "is_admin": True},
    ],
)
def test_signup_rejects_invalid_payload(client: TestClient, payload: dict[str, object]) -> None:
    response = client.post("/auth/signup", json=payload)

    assert response.status_code == 422


def test_login_returns_bearer_token(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})

    response = client.post("/auth/token", data={"username": "alice", "password": PASSWORD})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert response.json()["access_token"]


def test_login_with_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})

    response = client.post("/auth/token", data={"username": "alice", "password": "nope-nope"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_with_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "ghost", "password": PASSWORD})

    assert response.status_code == 401


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={}).status_code == 422


def test_todos_require_a_token(client: TestClient) -> None:
    response = client.get("/todos")

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "header",
    ["Bearer not-a-jwt", "Bearer ", "Basic YWxpY2U6c2VjcmV0", "Bearer a.b.c"],
)
def test_malformed_credentials_are_401(client: TestClient, header: str) -> None:
    response = client.get("/todos", headers={"Authorization": header})

    assert response.status_code == 401


def test_expired_token_is_401(client: TestClient, settings: Settings, alice: AuthHeaders) -> None:
    stale = create_access_token("1", settings, now=datetime.now(UTC) - timedelta(hours=2))

    response = client.get("/todos", headers={"Authorization": f"Bearer {stale}"})

    assert response.status_code == 401


def test_token_for_missing_user_is_401(client: TestClient, settings: Settings) -> None:
    token = create_access_token("999", settings)

    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401


def test_token_with_non_numeric_subject_is_401(client: TestClient, settings: Settings) -> None:
    token = create_access_token("alice", settings)

    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
