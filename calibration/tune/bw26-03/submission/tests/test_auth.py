import pytest
from fastapi.testclient import TestClient


def test_signup_returns_user_without_password(client: TestClient) -> None:
    r = client.post("/users", json={"username": "carol", "password": "long-enough"})
    assert r.status_code == 201
    assert r.json() == {"id": 1, "username": "carol"}


def test_duplicate_username_is_409(client: TestClient) -> None:
    body = {"username": "carol", "password": "long-enough"}
    assert client.post("/users", json=body).status_code == 201
    assert client.post("/users", json=body).status_code == 409


@pytest.mark.parametrize("body", [
    {"username": "ab", "password": "long-enough"},
    {"username": "carol", "password": "short"},
    {"username": "has space", "password": "long-enough"},
    {"username": "carol"},
    {"username": "carol", "password": "long-enough", "admin": True},
])
def test_signup_validation(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/users", json=body).status_code == 422


def test_wrong_password_is_401(client: TestClient) -> None:
    client.post("/users", json={"username": "carol", "password": "long-enough"})
    r = client.post("/token", data={"username": "carol", "password": "nope-nope"})
    assert r.status_code == 401


def test_unknown_user_is_401(client: TestClient) -> None:
    assert client.post("/token", data={"username": "ghost", "password": "whatever1"}).status_code == 401


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-jwt"}, {"Authorization": "Basic xyz"}])
def test_todos_require_valid_token(client: TestClient, headers: dict[str, str]) -> None:
    assert client.get("/todos", headers=headers).status_code == 401
    assert client.post("/todos", json={"title": "x"}, headers=headers).status_code == 401
