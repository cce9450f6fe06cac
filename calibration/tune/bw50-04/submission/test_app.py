import uuid

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def get_token():
    name = "user_" + uuid.uuid4().hex[:8]
    r = client.post("/signup", json={"username": name, "password": "secret123"})
    assert r.status_code == 201
    r = client.post("/login", data={"username": name, "password": "secret123"})
    assert r.status_code == 200
    return r.json()["access_token"]


def test_create_and_list():
    headers = {"Authorization": "Bearer " + get_token()}
    r = client.post("/todos", json={"title": "clean data", "description": "remove dupes"}, headers=headers)
    assert r.status_code == 201
    assert r.json()["title"] == "clean data"

    r = client.get("/todos", headers=headers)
    assert r.status_code == 200
    assert len(r.json()) == 1


def test_update_and_stats():
    headers = {"Authorization": "Bearer " + get_token()}
    todo = client.post("/todos", json={"title": "build dashboard"}, headers=headers).json()

    r = client.put(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert r.status_code == 200
    assert r.json()["done"] is True

    r = client.get("/todos/stats", headers=headers)
    assert r.json()["completion_rate"] == 1.0


def test_delete():
    headers = {"Authorization": "Bearer " + get_token()}
    todo = client.post("/todos", json={"title": "temp"}, headers=headers).json()
    r = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert r.status_code == 204
