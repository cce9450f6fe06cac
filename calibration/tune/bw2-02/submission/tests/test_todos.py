from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient


def test_create_read_update_delete(client: TestClient, auth: dict[str, str]) -> None:
    r = client.post("/todos", json={"title": "write tests", "description": "all of them"}, headers=auth)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] > 0 and todo["done"] is False

    r = client.get(f"/todos/{todo['id']}", headers=auth)
    assert r.status_code == 200 and r.json()["title"] == "write tests"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=auth)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["title"] == "write tests"

    r = client.delete(f"/todos/{todo['id']}", headers=auth)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=auth).status_code == 404


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": 123},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "owner_id": 1},
    ],
)
def test_create_rejects_bad_input(client: TestClient, auth: dict[str, str], payload: dict) -> None:
    assert client.post("/todos", json=payload, headers=auth).status_code == 422


def test_update_rejects_bad_input(client: TestClient, auth: dict[str, str]) -> None:
    tid = client.post("/todos", json={"title": "t"}, headers=auth).json()["id"]
    assert client.patch(f"/todos/{tid}", json={"title": None}, headers=auth).status_code == 422
    assert client.patch(f"/todos/{tid}", json={"done": [1]}, headers=auth).status_code == 422
    assert client.patch(f"/todos/{tid}", json={"nope": 1}, headers=auth).status_code == 422


def test_missing_todo_is_404(client: TestClient, auth: dict[str, str]) -> None:
    assert client.get("/todos/999999", headers=auth).status_code == 404
    assert client.patch("/todos/999999", json={"done": True}, headers=auth).status_code == 404
    assert client.delete("/todos/999999", headers=auth).status_code == 404


def test_non_integer_id_is_422(client: TestClient, auth: dict[str, str]) -> None:
    assert client.get("/todos/abc", headers=auth).status_code == 422


def test_users_cannot_touch_each_others_todos(
    client: TestClient, make_user: Callable[[], dict[str, str]]
) -> None:
    alice, bob = make_user(), make_user()
    tid = client.post("/todos", json={"title": "alice's"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{tid}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{tid}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    # still intact for the owner
    assert client.get(f"/todos/{tid}", headers=alice).json()["done"] is False


def test_pagination(client: TestClient, auth: dict[str, str]) -> None:
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=auth)
    page = client.get("/todos?limit=2&offset=1", headers=auth).json()
    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["t1", "t2"]
    assert client.get("/todos", headers=auth).json()["limit"] == 20


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "limit=abc"])
def test_pagination_bounds(client: TestClient, auth: dict[str, str], query: str) -> None:
    assert client.get(f"/todos?{query}", headers=auth).status_code == 422
