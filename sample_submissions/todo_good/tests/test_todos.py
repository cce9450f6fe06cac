from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient


def test_create_and_get(client: TestClient, alice: dict[str, str]) -> None:
    created = client.post("/todos", json={"title": "Buy milk"}, headers=alice)
    assert created.status_code == 201
    todo = created.json()
    assert todo["title"] == "Buy milk"
    assert todo["done"] is False
    fetched = client.get(f"/todos/{todo['id']}", headers=alice)
    assert fetched.status_code == 200
    assert fetched.json() == todo


def test_create_rejects_invalid_bodies(client: TestClient, alice: dict[str, str]) -> None:
    for body in ({}, {"title": ""}, {"title": "x" * 201}, {"title": "ok", "extra": 1}):
        assert client.post("/todos", json=body, headers=alice).status_code == 422, body


def test_list_paginates(client: TestClient, alice: dict[str, str]) -> None:
    for i in range(5):
        client.post("/todos", json={"title": f"todo {i}"}, headers=alice)
    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=alice).json()
    assert [item["title"] for item in page["items"]] == ["todo 1", "todo 2"]
    assert page["total"] == 5


def test_list_rejects_out_of_range_paging(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/todos", params={"limit": 101}, headers=alice).status_code == 422
    assert client.get("/todos", params={"limit": 0}, headers=alice).status_code == 422
    assert client.get("/todos", params={"offset": -1}, headers=alice).status_code == 422


def test_patch_changes_only_given_fields(client: TestClient, alice: dict[str, str]) -> None:
    todo = client.post("/todos", json={"title": "a", "description": "d"}, headers=alice).json()
    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["description"] == "d"


def test_put_replaces(client: TestClient, alice: dict[str, str]) -> None:
    todo = client.post("/todos", json={"title": "a", "description": "d"}, headers=alice).json()
    response = client.put(f"/todos/{todo['id']}", json={"title": "b"}, headers=alice)
    assert response.status_code == 200
    assert response.json()["title"] == "b"
    assert response.json()["description"] == ""


def test_delete_then_404(client: TestClient, alice: dict[str, str]) -> None:
    todo = client.post("/todos", json={"title": "a"}, headers=alice).json()
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_missing_and_malformed_ids(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/todos/999", headers=alice).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=alice).status_code == 404
    assert client.get("/todos/abc", headers=alice).status_code == 422


def test_users_cannot_see_each_others_todos(
    client: TestClient, alice: dict[str, str], login: Callable[[str], dict[str, str]]
) -> None:
    bob = login("bob")
    todo = client.post("/todos", json={"title": "alice's"}, headers=alice).json()
    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 200
