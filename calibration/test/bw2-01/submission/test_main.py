import os

os.environ["TODO_DB"] = ":memory:"

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def get_token():
    client.post("/auth/register", json={"username": "alice", "password": "secret123"})
    r = client.post("/auth/token", data={"username": "alice", "password": "secret123"})
    return r.json()["access_token"]


def test_register():
    r = client.post("/auth/register", json={"username": "bob", "password": "secret123"})
    assert r.status_code == 201
    assert r.json()["username"] == "bob"


def test_login():
    token = get_token()
    assert token


def test_create_and_list():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    r = client.post("/todos", json={"title": "buy milk"}, headers=headers)
    assert r.status_code == 201
    r = client.get("/todos", headers=headers)
    assert r.status_code == 200
    assert r.json()["total"] >= 1


def test_update_todo():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    r = client.post("/todos", json={"title": "write report"}, headers=headers)
    todo_id = r.json()["id"]
    r = client.put(f"/todos/{todo_id}", json={"done": True}, headers=headers)
    assert r.status_code == 200
    assert r.json()["done"] is True
