from __future__ import annotations

from fastapi.testclient import TestClient


def test_create_then_get(client: TestClient) -> None:
    created = client.post("/todos", json={"title": "Buy milk"})
    assert created.status_code == 201
    todo = created.json()
    assert client.get(f"/todos/{todo['id']}").json() == todo


def test_list_hides_duplicate_titles(client: TestClient) -> None:
    client.post("/todos", json={"title": "Buy milk"})
    client.post("/todos", json={"title": " buy MILK "})
    client.post("/todos", json={"title": "Walk dog"})
    assert [t["title"] for t in client.get("/todos").json()] == ["Buy milk", "Walk dog"]


def test_import(client: TestClient) -> None:
    response = client.post("/todos/import", json={"todos": [{"title": "a"}, {"title": "b"}]})
    assert response.status_code == 201
    assert [t["id"] for t in response.json()] == [1, 2]
    assert client.post("/todos/import", json={"todos": []}).status_code == 422


def test_patch_and_delete(client: TestClient) -> None:
    todo = client.post("/todos", json={"title": "Laundry"}).json()
    patched = client.patch(f"/todos/{todo['id']}", json={"done": True})
    assert patched.json()["done"] is True and patched.json()["title"] == "Laundry"
    assert client.delete(f"/todos/{todo['id']}").status_code == 204
    assert client.get(f"/todos/{todo['id']}").status_code == 404


def test_errors(client: TestClient) -> None:
    assert client.get("/todos/999").status_code == 404
    assert client.patch("/todos/999", json={"done": True}).status_code == 404
    assert client.delete("/todos/999").status_code == 404
    assert client.post("/todos", json={"title": ""}).status_code == 422
