import uuid

from fastapi.testclient import TestClient

from app.database import create_db_and_tables
from app.main import app

create_db_and_tables()
client = TestClient(app)


def get_token():
    # use a random username so the test can run more than once
    username = "user_" + uuid.uuid4().hex[:8]
    password = "testpassword"
    client.post("/signup", json={"username": username, "password": password})
    response = client.post("/token", data={"username": username, "password": password})
    return response.json()["access_token"]


def test_root():
    response = client.get("/")
    assert response.status_code == 200
    assert "Welcome" in response.json()["message"]


def test_signup():
    username = "user_" + uuid.uuid4().hex[:8]
    response = client.post("/signup", json={"username": username, "password": "secret123"})
    assert response.status_code == 201
    assert response.json()["username"] == username


def test_login():
    username = "user_" + uuid.uuid4().hex[:8]
    client.post("/signup", json={"username": username, "password": "secret123"})
    response = client.post("/token", data={"username": username, "password": "secret123"})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_create_todo():
    token = get_token()
    response = client.post(
        "/todos/",
        json={"title": "Buy milk", "description": "2 liters"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201
    data = response.json()
    assert data["title"] == "Buy milk"
    assert data["done"] is False
    assert "id" in data


def test_list_todos():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    for i in range(3):
        client.post("/todos/", json={"title": f"Todo {i}"}, headers=headers)

    response = client.get("/todos/?limit=2&offset=0", headers=headers)
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 3
    assert len(data["items"]) == 2


def test_get_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/todos/", json={"title": "Read a book"}, headers=headers).json()

    response = client.get(f"/todos/{created['id']}", headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Read a book"


def test_update_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/todos/", json={"title": "Clean room"}, headers=headers).json()

    response = client.put(f"/todos/{created['id']}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Clean room"


def test_delete_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    created = client.post("/todos/", json={"title": "Delete me"}, headers=headers).json()

    response = client.delete(f"/todos/{created['id']}", headers=headers)
    assert response.status_code == 204


def test_stats():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/todos/", json={"title": "A", "done": True}, headers=headers)
    client.post("/todos/", json={"title": "B"}, headers=headers)

    response = client.get("/todos/stats", headers=headers)
    assert response.status_code == 200
    assert response.json()["total"] == 2
    assert response.json()["done"] == 1
    assert response.json()["percent_done"] == 50.0
