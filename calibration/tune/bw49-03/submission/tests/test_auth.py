from fastapi.testclient import TestClient

from tests.conftest import AuthActions


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "s3cretpass"})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_username(client: TestClient, auth: AuthActions) -> None:
    auth.register("alice")
    response = client.post("/auth/register", json={"username": "alice", "password": "another1!"})
    assert response.status_code == 409


def test_register_validation(client: TestClient) -> None:
    assert client.post("/auth/register", json={"username": "al"}).status_code == 422
    response = client.post("/auth/register", json={"username": "bob", "password": "short"})
    assert response.status_code == 422


def test_login_wrong_password(client: TestClient, auth: AuthActions) -> None:
    auth.register("alice")
    response = client.post("/auth/login", data={"username": "alice", "password": "nope-nope"})
    assert response.status_code == 401


def test_login_unknown_user(client: TestClient) -> None:
    response = client.post("/auth/login", data={"username": "ghost", "password": "whatever1"})
    assert response.status_code == 401


def test_me_requires_token(client: TestClient) -> None:
    assert client.get("/auth/me").status_code == 401
    bad = {"Authorization": "Bearer not-a-jwt"}
    assert client.get("/auth/me", headers=bad).status_code == 401


def test_me(client: TestClient, auth: AuthActions) -> None:
    headers = auth.user("alice")
    response = client.get("/auth/me", headers=headers)
    assert response.status_code == 200
    assert response.json()["username"] == "alice"
