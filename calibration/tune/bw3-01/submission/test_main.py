from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def get_token(username="alice", password="password123"):
    client.post("/auth/register", json={"username": username, "password": password})
    r = client.post("/auth/token", data={"username": username, "password": password})
    return r.json()["access_token"]


def test_register():
    r = client.post("/auth/register", json={"username": "bob", "password": "password123"})
    assert r.status_code == 201
    assert r.json()["username"] == "bob"


def test_create_and_list_todos():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    r = client.post("/todos", json={"title": "buy milk"}, headers=headers)
    assert r.status_code == 201
    r = client.get("/todos", headers=headers)
    assert r.status_code == 200
    assert len(r.json()) >= 1


def test_update_and_delete_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    todo = client.post("/todos", json={"title": "walk dog"}, headers=headers).json()
    r = client.put(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert r.status_code == 200
    assert r.json()["done"] is True
    r = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 204
