from tests.conftest import register_and_login


def test_register_returns_201_without_password(client):
    response = client.post("/api/v1/auth/register", json={"username": "john", "password": "password123"})
    assert response.status_code == 201
    body = response.json()
    assert body["username"] == "john"
    assert "password" not in body and "password_hash" not in body


def test_register_duplicate_username_returns_409(client):
    client.post("/api/v1/auth/register", json={"username": "john", "password": "password123"})
    response = client.post("/api/v1/auth/register", json={"username": "john", "password": "password123"})
    assert response.status_code == 409


def test_register_short_password_returns_422(client):
    response = client.post("/api/v1/auth/register", json={"username": "john", "password": "short"})
    assert response.status_code == 422


def test_login_wrong_password_returns_401(client):
    register_and_login(client, "john")
    response = client.post("/api/v1/auth/login", data={"username": "john", "password": "wrongpassword"})
    assert response.status_code == 401
