from fastapi.testclient import TestClient


def test_register_returns_the_new_user_without_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": "supersecret"})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "ada"
    assert "password" not in body and "hashed_password" not in body


def test_register_rejects_a_taken_username(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "supersecret"})
    response = client.post("/auth/register", json={"username": "ada", "password": "anothersecret"})
    assert response.status_code == 409


def test_register_rejects_a_short_password(client: TestClient) -> None:
    response = client.post("/auth/register", json={"username": "ada", "password": "short"})
    assert response.status_code == 422


def test_login_returns_a_bearer_token(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "supersecret"})
    response = client.post("/auth/token", data={"username": "ada", "password": "supersecret"})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_login_with_wrong_password_is_401(client: TestClient) -> None:
    client.post("/auth/register", json={"username": "ada", "password": "supersecret"})
    response = client.post("/auth/token", data={"username": "ada", "password": "wrongwrong"})
    assert response.status_code == 401


def test_me_without_token_is_401(client: TestClient) -> None:
    assert client.get("/auth/me").status_code == 401


def test_me_with_a_garbage_token_is_401(client: TestClient) -> None:
    response = client.get("/auth/me", headers={"Authorization": "Bearer not-a-jwt"})
    assert response.status_code == 401
