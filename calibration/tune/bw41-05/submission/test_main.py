from fastapi.testclient import TestClient
from main import app

client = TestClient(app)


def test_home():
    response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {"message": "Welcome to my Todo App!"}


def test_signup():
    response = client.post("/signup", json={"username": "testuser", "password": "test123"})
    assert response.status_code == 200


def test_login():
    client.post("/signup", json={"username": "testuser", "password": "test123"})
    response = client.post("/login", json={"username": "testuser", "password": "test123"})
    assert response.status_code == 200
    assert "token" in response.json()
