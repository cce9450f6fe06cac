from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_read_root():
    response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {"message": "Welcome to the Todo API!"}


def test_register_user():
    response = client.post(
        "/register", json={"username": "testuser", "password": "testpassword"}
    )
    assert response.status_code == 200
    assert response.json()["username"] == "testuser"


def test_login():
    response = client.post(
        "/token", data={"username": "testuser", "password": "testpassword"}
    )
    assert response.status_code == 200
    assert "access_token" in response.json()


def test_create_todo():
    login = client.post(
        "/token", data={"username": "testuser", "password": "testpassword"}
    )
    token = login.json()["access_token"]
    response = client.post(
        "/todos/",
        json={"title": "Test todo", "description": "This is a test"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Test todo"
