from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

MakeUser = Callable[..., dict[str, str]]


def test_requires_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_rejects_bogus_token(client: TestClient) -> None:
    response = client.get("/todos", headers={"Authorization": "Bearer not-a-real-token"})
    assert response.status_code == 401


def test_crud_round_trip(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()

    created = client.post("/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=headers)
    assert created.status_code == 201
    todo = created.json()
    assert todo["title"] == "Buy milk" and todo["done"] is False and isinstance(todo["id"], int)

    fetched = client.get(f"/todos/{todo['id']}", headers=headers)
    assert fetched.status_code == 200 and fetched.json() == todo

    updated = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert updated.status_code == 200
    assert updated.json()["done"] is True
    assert updated.json()["description"] == "2 litres"  # untouched field kept

    deleted = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert deleted.status_code == 204 and deleted.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=headers).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": 42}, {"title": "ok", "done": "maybe"}, {"title": "ok", "owner_id": 2}],
)
def test_create_validation(client: TestClient, make_user: MakeUser, payload: dict[str, object]) -> None:
    response = client.post("/todos", json=payload, headers=make_user())
    assert response.status_code == 422


def test_update_rejects_null_title(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    todo_id = client.post("/todos", json={"title": "a"}, headers=headers).json()["id"]
    response = client.patch(f"/todos/{todo_id}", json={"title": None}, headers=headers)
    assert response.status_code == 422


def test_missing_todo_is_404(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    assert client.get("/todos/999", headers=headers).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=headers).status_code == 404
    assert client.delete("/todos/999", headers=headers).status_code == 404


def test_non_integer_id_is_422(client: TestClient, make_user: MakeUser) -> None:
    assert client.get("/todos/abc", headers=make_user()).status_code == 422


def test_users_cannot_touch_each_others_todos(client: TestClient, make_user: MakeUser) -> None:
    alice = make_user("alice")
    bob = make_user("bob")
    todo_id = client.post("/todos", json={"title": "private"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"title": "pwned"}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["items"] == []
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "private"


def test_pagination(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=headers)

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=headers).json()
    assert [t["title"] for t in page["items"]] == ["t1", "t2"]
    assert page["total"] == 5 and page["limit"] == 2 and page["offset"] == 1

    default = client.get("/todos", headers=headers).json()
    assert default["limit"] == 20 and len(default["items"]) == 5


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
def test_pagination_bounds(client: TestClient, make_user: MakeUser, params: dict[str, object]) -> None:
    response = client.get("/todos", params=params, headers=make_user())
    assert response.status_code == 422
