from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def make(client: TestClient, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
    r = client.post("/todos", json={"title": "todo", **fields}, headers=headers)
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def test_crud_round_trip(client: TestClient, alice: dict[str, str]) -> None:
    todo = make(client, alice, title="write tests", description="all of them")
    assert todo["done"] is False and isinstance(todo["id"], int)

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200 and r.json()["title"] == "write tests"

    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["description"] == "all of them"

    r = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert r.json()["description"] is None

    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204 and r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/todos"), ("post", "/todos"), ("get", "/todos/1"), ("patch", "/todos/1"), ("delete", "/todos/1")],
)
def test_routes_need_a_key(client: TestClient, method: str, path: str) -> None:
    assert client.request(method, path).status_code == 401


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": "x" * 201}, {"title": "ok", "done": "nope"}, {"title": ["a"]}],
)
def test_create_validation(client: TestClient, alice: dict[str, str], payload: dict[str, Any]) -> None:
    assert client.post("/todos", json=payload, headers=alice).status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}])
def test_patch_validation(client: TestClient, alice: dict[str, str], payload: dict[str, Any]) -> None:
    todo = make(client, alice)
    assert client.patch(f"/todos/{todo['id']}", json=payload, headers=alice).status_code == 422


def test_isolation_between_users(client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
    todo = make(client, alice, title="alice's")
    for method, kwargs in [("get", {}), ("patch", {"json": {"done": True}}), ("delete", {})]:
        r = client.request(method, f"/todos/{todo['id']}", headers=bob, **kwargs)
        assert r.status_code == 404
    assert client.get("/todos", headers=bob).json() == {"items": [], "total": 0, "limit": 5, "offset": 0}
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is False


def test_pagination(client: TestClient, alice: dict[str, str]) -> None:
    ids = [make(client, alice, title=f"t{i}")["id"] for i in range(12)]

    page = client.get("/todos", headers=alice).json()
    assert page["limit"] == 5 and page["total"] == 12
    assert [t["id"] for t in page["items"]] == ids[:5]

    page = client.get("/todos", params={"limit": 10, "offset": 10}, headers=alice).json()
    assert [t["id"] for t in page["items"]] == ids[10:]


def test_filter_by_done(client: TestClient, alice: dict[str, str]) -> None:
    make(client, alice, title="open")
    make(client, alice, title="closed", done=True)
    page = client.get("/todos", params={"done": True}, headers=alice).json()
    assert [t["title"] for t in page["items"]] == ["closed"] and page["total"] == 1


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 11}, {"offset": -1}, {"limit": "many"}])
def test_pagination_bounds(client: TestClient, alice: dict[str, str], params: dict[str, Any]) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


@pytest.mark.parametrize(("todo_id", "expected"), [("999999", 404), ("abc", 422)])
def test_unknown_todo(client: TestClient, alice: dict[str, str], todo_id: str, expected: int) -> None:
    assert client.get(f"/todos/{todo_id}", headers=alice).status_code == expected
    assert client.patch(f"/todos/{todo_id}", json={"done": True}, headers=alice).status_code == expected
    assert client.delete(f"/todos/{todo_id}", headers=alice).status_code == expected
