from __future__ import annotations

from fastapi.testclient import TestClient


def test_list_starts_empty(client: TestClient) -> None:
    response = client.get("/todos")
    assert response.status_code == 200
    assert response.json() == []


def test_create_then_get(client: TestClient) -> None:
    created = client.post("/todos", json={"title": "Walk the dog"})
    assert created.status_code == 201
    todo = created.json()
    assert todo == {"id": 1, "title": "Walk the dog", "completed": False}
    assert client.get(f"/todos/{todo['id']}").json() == todo


def test_patch_marks_completed(client: TestClient) -> None:
    client.post("/todos", json={"title": "Laundry"})
    response = client.patch("/todos/1", json={"completed": True})
    assert response.status_code == 200
    assert response.json()["completed"] is True
    assert response.json()["title"] == "Laundry"


def test_delete(client: TestClient) -> None:
    client.post("/todos", json={"title": "Temp"})
    assert client.delete("/todos/1").status_code == 204
    assert client.get("/todos/1").status_code == 404


def test_unknown_id_is_404(client: TestClient) -> None:
    assert client.get("/todos/99").status_code == 404
    assert client.patch("/todos/99", json={"completed": True}).status_code == 404
    assert client.delete("/todos/99").status_code == 404


def test_invalid_payloads_are_422(client: TestClient) -> None:
    assert client.post("/todos", json={}).status_code == 422
    assert client.post("/todos", json={"title": ""}).status_code == 422
    assert client.post("/todos", json={"title": "x", "owner": "me"}).status_code == 422
    assert client.get("/todos/not-a-number").status_code == 422
