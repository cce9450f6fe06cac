from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Headers = Callable[[str], dict[str, str]]


def test_crud_happy_path(client: TestClient, auth_headers: Headers) -> None:
    h = auth_headers("alice")

    created = client.post("/todos", json={"title": "Buy milk", "description": "2L"}, headers=h)
    assert created.status_code == 201
    todo = created.json()
    assert todo["id"] and todo["title"] == "Buy milk" and todo["done"] is False

    assert client.get(f"/todos/{todo['id']}", headers=h).json()["description"] == "2L"

    updated = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=h)
    assert updated.status_code == 200
    assert updated.json()["done"] is True
    assert updated.json()["title"] == "Buy milk"

    assert client.delete(f"/todos/{todo['id']}", headers=h).status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=h).status_code == 404


def test_list_is_paginated(client: TestClient, auth_headers: Headers) -> None:
    h = auth_headers("alice")
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=h)

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=h).json()
    assert [t["title"] for t in page["items"]] == ["t1", "t2"]
    assert page["total"] == 5


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "many"}]
)
def test_list_rejects_bad_pagination(
    client: TestClient, auth_headers: Headers, params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=auth_headers("alice")).status_code == 422


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": 42}, {"title": "x", "done": "maybe"}, {"title": "x" * 201}],
)
def test_create_rejects_invalid_body(
    client: TestClient, auth_headers: Headers, body: dict[str, object]
) -> None:
    assert client.post("/todos", json=body, headers=auth_headers("alice")).status_code == 422


def test_update_rejects_null_title(client: TestClient, auth_headers: Headers) -> None:
    h = auth_headers("alice")
    todo = client.post("/todos", json={"title": "keep me"}, headers=h).json()
    response = client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=h)
    assert response.status_code == 422


def test_missing_todo_is_404(client: TestClient, auth_headers: Headers) -> None:
    h = auth_headers("alice")
    assert client.get("/todos/999", headers=h).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=h).status_code == 404
    assert client.delete("/todos/999", headers=h).status_code == 404


def test_users_cannot_touch_each_others_todos(client: TestClient, auth_headers: Headers) -> None:
    alice, bob = auth_headers("alice"), auth_headers("bob")
    todo = client.post("/todos", json={"title": "private"}, headers=alice).json()

    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["items"] == []
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is False
