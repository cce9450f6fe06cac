from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def get_token(username="alice", password="secret123"):
    client.post("/register", json={"username": username, "password": password})
    response = client.post("/token", data={"username": username, "password": password})
    return response.json()["access_token"]


def test_register():
    response = client.post("/register", json={"username": "bob", "password": "hunter22"})
    assert response.status_code == 201
    assert response.json()["username"] == "bob"


def test_login():
    client.post("/register", json={"username": "carol", "password": "pass1234"})
    response = client.post("/token", data={"username": "carol", "password": "pass1234"})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_create_and_read_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    response = client.post("/todos", json={"title": "Buy milk"}, headers=headers)
    assert response.status_code == 201
    todo_id = response.json()["id"]

    response = client.get(f"/todos/{todo_id}", headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Buy milk"


def test_list_todos():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/todos", json={"title": "Walk the dog"}, headers=headers)
    response = client.get("/todos", headers=headers)
    assert response.status_code == 200
    assert len(response.json()) >= 1


def test_update_and_delete_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    response = client.post("/todos", json={"title": "Old title"}, headers=headers)
    todo_id = response.json()["id"]

    response = client.put(
        f"/todos/{todo_id}", json={"title": "New title", "done": True}, headers=headers
    )
    assert response.status_code == 200
    assert response.json()["done"] is True

    response = client.delete(f"/todos/{todo_id}", headers=headers)
    assert response.status_code == 204
