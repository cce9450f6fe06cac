from fastapi.testclient import TestClient

from conftest import PASSWORD


def test_register_returns_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "alice"
    assert "id" in body and "createdAt" in body
    assert "password" not in body and "passwordHash" not in body


def test_register_duplicate_username_conflicts(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    response = client.post("/auth/register", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 409


def test_register_rejects_short_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "short"})

    assert response.status_code == 422


def test_register_rejects_password_over_72_bytes(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "alice", "password": "é" * 40})

    assert response.status_code == 422


def test_login_returns_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    response = client.post("/auth/login", json={"username": "alice", "password": PASSWORD})

    assert response.status_code == 200
    assert response.json()["tokenType"] == "Bearer"
    assert response.json()["accessToken"]


def test_login_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "alice", "password": PASSWORD})
    response = client.post("/auth/login", json={"username": "alice", "password": "wrong-password"})

    assert response.status_code == 401


def test_login_unknown_user_is_401(client: TestClient) -> None:
    response = client.post("/auth/login", json={"username": "ghost", "password": PASSWORD})

    assert response.status_code == 401


def test_me_requires_token(client: TestClient) -> None:
    assert client.get("/auth/me").status_code == 401


def test_me_rejects_garbage_token(client: TestClient) -> None:
    response = client.get("/auth/me", headers={"Authorization": "Bearer not.a.jwt"})

    assert response.status_code == 401


def test_me_returns_current_user(client: TestClient, alice: dict[str, str]) -> None:
    response = client.get("/auth/me", headers=alice)

    assert response.status_code == 200
    assert response.json()["username"] == "alice"
