from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": "lovelace123"})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "ada"
    assert isinstance(body["id"], int)
    assert not {"password", "password_hash"} & body.keys()


def test_register_duplicate_username_is_409(client: TestClient) -> None:
    payload = {"username": "ada", "password": "lovelace123"}
    assert client.post("/auth/register", json=payload).status_code == 201

    response = client.post("/auth/register", json=payload)

    assert response.status_code == 409


@pytest.mark.parametrize(
    "payload",
    [
        {"username": "ada"},
        {"username": "ada", "password": "short"},
        {"username": "a", "password": "long enough"},
        {"username": "not valid!", "password": "long enough"},
        {"username": "ada", "password": 12345678},
        {"username": "ada", "password": "long enough", "is_admin": True},
    ],
)
def test_register_rejects_invalid_payloads(client: TestClient, payload: dict[str, object]) -> None:
    assert client.post("/auth/register", json=payload).status_code == 422


def test_token_with_wrong_password_is_401(client: TestClient, login: Callable[[str], dict[str, str]]) -> None:
    login("ada")

    response = client.post("/auth/token", data={"username": "ada", "password": "wrong password"})

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_token_for_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})

    assert response.status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Basic YWRhOmxvdmVsYWNl"}],
)
def test_writes_without_valid_token_are_401(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers)

    assert response.status_code == 401
