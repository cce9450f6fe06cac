import pytest
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD

USERS = "/api/v1/identity/users"
TOKEN = "/api/v1/identity/token"
ME = "/api/v1/identity/me"


def test_register_returns_user_without_password(client: TestClient) -> None:
    r = client.post(USERS, json={"username": "ada", "password": PASSWORD})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "ada"}


def test_duplicate_username_is_conflict(client: TestClient) -> None:
    client.post(USERS, json={"username": "ada", "password": PASSWORD})
    r = client.post(USERS, json={"username": "ada", "password": PASSWORD})
    assert r.status_code == 409
    assert r.json()["code"] == "conflict"


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"password": PASSWORD},
        {"username": "ada", "password": "short"},
        {"username": "a d a", "password": PASSWORD},
        {"username": "ada", "password": "é" * 40},
        {"username": 42, "password": PASSWORD},
    ],
)
def test_invalid_registration_is_422(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post(USERS, json=payload).status_code == 422


def test_login_and_me(client: TestClient) -> None:
    client.post(USERS, json={"username": "ada", "password": PASSWORD})
    token = client.post(TOKEN, data={"username": "ada", "password": PASSWORD}).json()
    assert token["token_type"] == "bearer"
    me = client.get(ME, headers={"Authorization": f"Bearer {token['access_token']}"})
    assert me.status_code == 200
    assert me.json()["username"] == "ada"


@pytest.mark.parametrize("username,password", [("ada", "wrong-password"), ("nobody", PASSWORD)])
def test_bad_login_is_401(client: TestClient, username: str, password: str) -> None:
    client.post(USERS, json={"username": "ada", "password": PASSWORD})
    r = client.post(TOKEN, data={"username": username, "password": password})
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Basic abc"}])
def test_me_without_valid_token_is_401(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get(ME, headers=headers).status_code == 401
