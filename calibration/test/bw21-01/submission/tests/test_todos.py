from __future__ import annotations

from fastapi.testclient import TestClient

AuthHeaders = dict[str, str]


def _create(client: TestClient, headers: AuthHeaders, title: str = "Buy milk") -> dict[str, object]:
    response = client.post("/todos", json={"title": title}, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


def test_create_returns_201_with_id(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice
    )

    assert response.status_code == 201
    body = response.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Buy milk"
    assert body["description"] == "2 litres"
    assert body["done"] is False


def test_create_rejects_invalid_bodies(client: TestClient, alice: AuthHeaders) -> None:
    cases = [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": 42},
        {"title": "ok", "owner_id": 2},
    ]
    for payload in cases:
        response = client.post("/todos", json=payload, headers=alice)
        assert response.status_code == 422, payload

    assert client.get("/todos", headers=alice).json() == []


def test_list_is_paginated(client: TestClient, alice: AuthHeaders) -> None:
    for i in range(5):
        _create(client, alice, f"todo {i}")

    first = client.get("/todos", params={"limit": 2}, headers=alice).json()
    last = client.get("/todos", params={"limit": 2, "offset": 4}, headers=alice).json()

    assert [t["title"] for t in first] == ["todo 0", "todo 1"]
    assert [t["title"] for t in last] == ["todo 4"]


def test_list_rejects_out_of_range_paging(client: TestClient, alice: AuthHeaders) -> None:
    for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}):
        response = client.get("/todos", params=params, headers=alice)
        assert response.status_code == 422, params


def test_users_only_see_their_own_todos(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    todo = _create(client, alice)

    assert client.get("/todos", headers=bob).json() == []
    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert (
        client.put(f"/todos/{todo['id']}", json={"title": "mine"}, headers=bob).status_code == 404
    )
    assert (
        client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob).status_code == 404
    )
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["title"] == "Buy milk"


def test_get_missing_todo_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.get("/todos/9999", headers=alice).status_code == 404
    assert client.get("/todos/0", headers=alice).status_code == 422
    assert client.get("/todos/abc", headers=alice).status_code == 422


def test_put_replaces_all_fields(client: TestClient, alice: AuthHeaders) -> None:
    todo_id = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice
    ).json()["id"]

    response = client.put(f"/todos/{todo_id}", json={"title": "Buy oat milk"}, headers=alice)

    assert response.status_code == 200
    assert response.json()["title"] == "Buy oat milk"
    assert response.json()["description"] is None
    assert response.json()["done"] is False


def test_patch_changes_only_sent_fields(client: TestClient, alice: AuthHeaders) -> None:
    todo_id = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice
    ).json()["id"]

    response = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=alice)

    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["description"] == "2 litres"


def test_patch_rejects_null_title(client: TestClient, alice: AuthHeaders) -> None:
    todo = _create(client, alice)

    response = client.patch(f"/todos/{todo['id']}", json={"title": None}, headers=alice)

    assert response.status_code == 422


def test_patch_can_clear_description(client: TestClient, alice: AuthHeaders) -> None:
    todo_id = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice
    ).json()["id"]

    response = client.patch(f"/todos/{todo_id}", json={"description": None}, headers=alice)

    assert response.status_code == 200
    assert response.json()["description"] is None


def test_delete_returns_204_then_404(client: TestClient, alice: AuthHeaders) -> None:
    todo = _create(client, alice)

    deleted = client.delete(f"/todos/{todo['id']}", headers=alice)

    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404
