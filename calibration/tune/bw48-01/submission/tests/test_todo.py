import uuid

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def _login() -> dict:
    name = "u_" + uuid.uuid4().hex[:8]
    r = client.post("/api/v1/user/register", json={"username": name, "password": "123456"})
    assert r.status_code == 201
    r = client.post("/api/v1/user/login", json={"username": name, "password": "123456"})
    assert r.status_code == 200
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_ping():
    r = client.get("/ping")
    assert r.status_code == 200
    assert r.json()["msg"] == "pong"


def test_todo_flow():
    h = _login()

    r = client.post("/api/v1/todos", json={"title": "buy milk", "description": "2L"}, headers=h)
    assert r.status_code == 201
    tid = r.json()["id"]
    assert r.json()["done"] is False

    r = client.get("/api/v1/todos", headers=h)
    assert r.status_code == 200
    assert r.json()["total"] == 1
    assert r.json()["items"][0]["id"] == tid

    r = client.get(f"/api/v1/todos/{tid}", headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "buy milk"

    r = client.patch(f"/api/v1/todos/{tid}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True

    r = client.delete(f"/api/v1/todos/{tid}", headers=h)
    assert r.status_code == 204


def test_list_page():
    h = _login()
    for i in range(5):
        client.post("/api/v1/todos", json={"title": f"todo {i}"}, headers=h)
    r = client.get("/api/v1/todos?offset=0&limit=2", headers=h)
    assert r.status_code == 200
    assert r.json()["total"] == 5
    assert len(r.json()["items"]) == 2
