from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def test_add_todo():
    response = client.post("/todos", json={"title": "buy milk"})
    assert response.status_code == 201
    assert response.json()["title"] == "buy milk"


def test_get_todos():
    client.post("/todos", json={"title": "walk dog", "done": True})
    response = client.get("/todos?done=true")
    assert response.status_code == 200
    assert all(t["done"] for t in response.json())


def test_update_todo():
    todo = client.post("/todos", json={"title": "old"}).json()
    response = client.put(f"/todos/{todo['id']}", json={"title": "new"})
    assert response.json()["title"] == "new"


def test_delete_todo():
    todo = client.post("/todos", json={"title": "temp"}).json()
    assert client.delete(f"/todos/{todo['id']}").json() == {"ok": True}
    assert client.get(f"/todos/{todo['id']}").status_code == 404
