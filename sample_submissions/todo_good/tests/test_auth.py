from __future__ import annotations

from fastapi.testclient import TestClient


def test_register_returns_public_fields_only(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "bob", "password": "hunter2hunter2"})
    assert response.status_code == 201
    assert response.json() == {"username": "bob"}


def test_register_twice_conflicts(client: TestClient) -> None:
    body = {"username": "bob", "password": "hunter2hunter2"}
    assert client.post("/auth/register", json=body).status_code == 201
    assert client.post("/auth/register", json=body).status_code == 409


def test_register_validates_input(client: TestClient) -> None:
    short = client.post("/auth/register", json={"username": "bob", "password": "short"})
    weird = client.post("/auth/register", json={"username": "b o b", "password": "longenough"})
    assert short.status_code == 422
    assert weird.status_code == 422


def test_token_with_wrong_password_is_rejected(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "bob", "password": "hunter2hunter2"})
    response = client.post("/auth/token", data={"username": "bob", "password": "wrong-password"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_token_for_unknown_user_is_rejected(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "nobody", "password": "whatever1"})
    assert response.status_code == 401


def test_todos_need_a_valid_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    bogus = {"Authorization": "Bearer not-a-real-token"}
    assert client.get("/todos", headers=bogus).status_code == 401
