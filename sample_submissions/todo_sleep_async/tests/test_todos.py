from __future__ import annotations

from fastapi.testclient import TestClient


def test_create_then_get(client: TestClient) -> None:
    created = client.post("/todos", json={"title": "Buy milk"})
    assert created.status_code == 201
    todo = created.json()
    assert todo["title"] == "Buy milk" and todo["done"] is False
    assert client.get(f"/todos/{todo['id']}").json() == todo


def test_list_is_paginated(client: TestClient) -> None:
    for i in range(3):
        client.post("/todos", json={"title": f"todo {i}"})
    page = client.get("/todos", params={"limit": 2, "offset": 1}).json()
    assert [t["title"] for t in page["items"]] == ["todo 1", "todo 2"]
    assert page["total"] == 3
    assert client.get("/todos", params={"limit": 0}).status_code == 422


def test_patch_and_delete(client: TestClient) -> None:
    todo = client.post("/todos", json={"title": "Laundry"}).json()
    patched = client.patch(f"/todos/{todo['id']}", json={"done": True})
    assert patched.status_code == 200
    assert patched.json()["done"] is True and patched.json()["title"] == "Laundry"
    assert client.delete(f"/todos/{todo['id']}").status_code == 204
    assert client.get(f"/todos/{todo['id']}").status_code == 404


def test_errors(client: TestClient) -> None:
    assert client.get("/todos/999").status_code == 404
    assert client.patch("/todos/999", json={"done": True}).status_code == 404
    assert client.delete("/todos/999").status_code == 404
    assert client.post("/todos", json={"title": ""}).status_code == 422
    assert client.post("/todos", json={"title": "x", "owner": "me"}).status_code == 422
