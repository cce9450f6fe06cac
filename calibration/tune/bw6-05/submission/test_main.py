from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def get_token():
    response = client.post("/token", data={"username": "testuser", "password": "testpass"})
    return response.json()["access_token"]


def test_root():
    response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {"message": "Todo API is running"}


def test_create_user():
    response = client.post("/users", json={"username": "testuser", "password": "testpass"})
    assert response.status_code == 200
    assert response.json()["username"] == "testuser"


def test_create_todo():
    token = get_token()
    response = client.post(
        "/todos",
        json={"title": "Test todo", "description": "testing"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 200
    assert response.json()["title"] == "Test todo"


def test_read_todos():
    token = get_token()
    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
