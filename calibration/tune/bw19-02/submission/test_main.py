from fastapi.testclient import TestClient
from main import app

client = TestClient(app)


def get_token():
    client.post("/signup", json={"username": "testuser", "password": "password123"})
    response = client.post("/login", json={"username": "testuser", "password": "password123"})
    return response.json()["token"]


def test_root():
    response = client.get("/")
    assert response.status_code == 200


def test_signup():
    response = client.post("/signup", json={"username": "john", "password": "secret"})
    assert response.status_code == 200
    assert response.json() == {"message": "User created successfully"}


def test_login():
    response = client.post("/login", json={"username": "john", "password": "secret"})
    assert response.status_code == 200
    assert "token" in response.json()


def test_create_todo():
    token = get_token()
    response = client.post(
        "/todos",
        json={"title": "Buy milk", "description": "2 liters"},
        headers={"Authorization": "Bearer " + token},
    )
    assert response.status_code == 201
    assert response.json()["title"] == "Buy milk"


def test_get_todos():
    token = get_token()
    client.post("/todos", json={"title": "Walk the dog"}, headers={"Authorization": "Bearer " + token})
    response = client.get("/todos", headers={"Authorization": "Bearer " + token})
    assert response.status_code == 200
    assert len(response.json()) > 0


def test_update_todo():
    token = get_token()
    response = client.post("/todos", json={"title": "Read book"}, headers={"Authorization": "Bearer " + token})
    todo_id = response.json()["id"]
    response = client.put(
        f"/todos/{todo_id}", json={"done": True}, headers={"Authorization": "Bearer " + token}
    )
    assert response.status_code == 200
    assert response.json()["done"] == True


def test_delete_todo():
    token = get_token()
    response = client.post("/todos", json={"title": "Clean room"}, headers={"Authorization": "Bearer " + token})
    todo_id = response.json()["id"]
    response = client.delete(f"/todos/{todo_id}", headers={"Authorization": "Bearer " + token})
    assert response.status_code == 200
