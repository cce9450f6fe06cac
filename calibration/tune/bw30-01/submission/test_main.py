import os

from fastapi.testclient import TestClient

if os.path.exists("todos.db"):
    os.remove("todos.db")

from main import app  # noqa: E402


def test_full_flow():
    with TestClient(app) as client:
        r = client.post("/signup", json={"username": "alice", "password": "secret123"})
        assert r.status_code == 201

        r = client.post("/login", data={"username": "alice", "password": "secret123"})
        assert r.status_code == 200
        headers = {"Authorization": f"Bearer {r.json()['access_token']}"}

        r = client.post("/todos", json={"title": "ship mvp"}, headers=headers)
        assert r.status_code == 201
        todo_id = r.json()["id"]

        r = client.get("/todos", headers=headers)
        assert r.status_code == 200
        assert len(r.json()) == 1

        r = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=headers)
        assert r.json()["done"] is True

        r = client.delete(f"/todos/{todo_id}", headers=headers)
        assert r.status_code == 204
