from __future__ import annotations

from fastapi.testclient import TestClient


def test_register_login_and_conflict(client: TestClient) -> None:
    body = {"username": "carol", "password": "carol-password"}
    assert client.post("/auth/register", json=body).json() == {"username": "carol"}
    assert client.post("/auth/register", json=body).status_code == 409
    assert client.post("/auth/login", json=body).json()["token_type"] == "bearer"


def test_bad_credentials(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "carol", "password": "carol-password"})
    wrong = client.post("/auth/login", json={"username": "carol", "password": "not-the-one"})
    assert wrong.status_code == 401
    unknown = client.post("/auth/login", json={"username": "dave", "password": "dave-password"})
    assert unknown.status_code == 401
    assert client.post("/auth/register", json={"username": "x", "password": "p"}).status_code == 422


def test_todos_need_a_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.get("/todos", headers={"Authorization": "Bearer nope"}).status_code == 401
