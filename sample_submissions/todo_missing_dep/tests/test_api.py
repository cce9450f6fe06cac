from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_create_and_fetch_todo():
    created = client.post("/todos", json={"title": "write README"})
    assert created.status_code == 201
    todo_id = created.json()["id"]
    fetched = client.get(f"/todos/{todo_id}")
    assert fetched.status_code == 200
    assert fetched.json()["title"] == "write README"


def test_filter_completed():
    client.post("/todos", json={"title": "done already", "completed": True})
    response = client.get("/todos", params={"completed": True})
    assert response.status_code == 200
    assert all(t["completed"] for t in response.json())


def test_update_todo():
    todo_id = client.post("/todos", json={"title": "draft"}).json()["id"]
    response = client.put(f"/todos/{todo_id}", json={"title": "final", "completed": True})
    assert response.status_code == 200
    assert response.json() == {"id": todo_id, "title": "final", "completed": True}


def test_delete_todo():
    todo_id = client.post("/todos", json={"title": "temp"}).json()["id"]
    assert client.delete(f"/todos/{todo_id}").status_code == 204
    assert client.get(f"/todos/{todo_id}").status_code == 404


def test_missing_todo_returns_404():
    assert client.get("/todos/424242").status_code == 404


def test_empty_title_rejected():
    assert client.post("/todos", json={"title": ""}).status_code == 422
