import random

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)

username = "testuser" + str(random.randint(1, 100000))
password = "testpassword"


def get_token():
    response = client.post("/token", data={"username": username, "password": password})
    return response.json()["access_token"]


def test_root():
    response = client.get("/")
    assert response.status_code == 200


def test_register():
    response = client.post("/register", json={"username": username, "password": password})
    assert response.status_code == 201
    assert response.json()["username"] == username


def test_login():
    response = client.post("/token", data={"username": username, "password": password})
    assert response.status_code == 200
    assert "access_token" in response.json()


def test_create_todo():
    token = get_token()
    response = client.post(
        "/todos",
        json={"title": "Buy milk", "description": "2 liters"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201
    assert response.json()["title"] == "Buy milk"


def test_read_todos():
    token = get_token()
    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert len(response.json()) > 0


def test_update_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    todo = client.post("/todos", json={"title": "Walk dog"}, headers=headers).json()
    response = client.put(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] == True


def test_delete_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    todo = client.post("/todos", json={"title": "Delete me"}, headers=headers).json()
    response = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert response.status_code == 200
