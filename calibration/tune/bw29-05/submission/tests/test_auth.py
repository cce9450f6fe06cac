"""Registration, login and token checks over HTTP."""
import pytest
from fastapi.testclient import TestClient

from .conftest import PASSWORD


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "ada"
    assert isinstance(body["id"], int)
    assert not {"password", "password_hash"} & body.keys()


def test_register_duplicate_username_is_409(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    response = client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},  # missing password
        {"password": PASSWORD},  # missing username
        {"username": "ab", "password": PASSWORD},  # username too short
        {"username": "has space", "password": PASSWORD},  # forbidden characters
        {"username": "ada", "password": "short"},  # password too short
        {"username": "ada", "password": PASSWORD, "is_admin": True},  # unknown field
        {"username": 123, "password": PASSWORD},  # wrong type
    ],
)
def test_register_validation_errors_are_422(client: TestClient, payload: dict) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_login_returns_bearer_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    response = client.post("/auth/token", data={"username": "ada", "password": PASSWORD})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


@pytest.mark.parametrize("username, password", [("ada", "wrong password"), ("nobody", PASSWORD)])
def test_login_with_bad_credentials_is_401(client: TestClient, username: str, password: str) -> None:
    client.post("/auth/register", json={"username": "ada", "password": PASSWORD})
    response = client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_login_without_form_fields_is_422(client: TestClient) -> None:
    assert client.post("/auth/token", data={}).status_code == 422


def test_me_requires_a_valid_token(client: TestClient, auth_headers) -> None:
    assert client.get("/auth/me").status_code == 401
    assert client.get("/auth/me", headers={"Authorization": "Bearer not-a-jwt"}).status_code == 401
    assert client.get("/auth/me", headers=auth_headers("ada")).json()["username"] == "ada"
