from fastapi.testclient import TestClient

from tests.conftest import PASSWORD


def test_signup_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 201
    assert response.json() == {"id": 1, "username": "alice"}


def test_signup_rejects_duplicate_username(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    response = client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    assert response.status_code == 409


def test_signup_validates_input(client: TestClient) -> None:
    assert client.post("/auth/signup", json={"username": "al"}).status_code == 422
    short = client.post("/auth/signup", json={"username": "alice", "password": "short"})
    assert short.status_code == 422


def test_login_wrong_password(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "alice", "password": PASSWORD})
    response = client.post("/auth/token", data={"username": "alice", "password": "wrong-pass"})
    assert response.status_code == 401


def test_login_unknown_user(client: TestClient) -> None:
    response = client.post("/auth/token", data={"username": "ghost", "password": PASSWORD})
    assert response.status_code == 401


def test_protected_route_requires_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401


def test_protected_route_rejects_garbage_token(client: TestClient) -> None:
    response = client.get("/todos", headers={"Authorization": "Bearer not.a.jwt"})
    assert response.status_code == 401
