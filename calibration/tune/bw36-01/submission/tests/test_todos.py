from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import AuthHeaders


def create(client: TestClient, headers: AuthHeaders, **fields: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"title": "buy milk"}
    payload.update(fields)
    r = client.post("/todos", json=payload, headers=headers)
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


# ---- authentication --------------------------------------------------------


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/todos"),
        ("POST", "/todos"),
        ("GET", "/todos/1"),
        ("PATCH", "/todos/1"),
        ("DELETE", "/todos/1"),
    ],
)
@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic YWxpY2U6cGFzcw=="},
    ],
)
def test_todo_routes_require_token(
    client: TestClient, method: str, path: str, headers: dict[str, str]
) -> None:
    r = client.request(method, path, headers=headers, json={"title": "x"})
    assert r.status_code == 401


# ---- create / read ---------------------------------------------------------


def test_create_and_read(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice, description="2 litres")
    assert todo["id"] >= 1
    assert todo["title"] == "buy milk"
    assert todo["description"] == "2 litres"
    assert todo["done"] is False

    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200
    assert r.json() == todo


@pytest.mark.parametrize(
    "name, payload",
    [
        ("missing title", {"description": "no title"}),
        ("empty title", {"title": ""}),
        ("title too long", {"title": "x" * 201}),
        ("title wrong type", {"title": 42}),
        ("done wrong type", {"title": "ok", "done": "yes"}),
        ("description wrong type", {"title": "ok", "description": ["a"]}),
        ("unknown field", {"title": "ok", "owner_id": 2}),
    ],
)
def test_create_validation(
    client: TestClient, alice: AuthHeaders, name: str, payload: dict[str, Any]
) -> None:
    r = client.post("/todos", json=payload, headers=alice)
    assert r.status_code == 422, name
    r = client.get("/todos", headers=alice)
    assert r.json()["total"] == 0, f"{name}: invalid todo was stored"


def test_create_with_non_json_body(client: TestClient, alice: AuthHeaders) -> None:
    r = client.post(
        "/todos", content=b"{not json", headers={**alice, "Content-Type": "application/json"}
    )
    assert r.status_code == 422


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc", str(2**64)])
def test_read_missing_or_invalid_id(client: TestClient, alice: AuthHeaders, todo_id: str) -> None:
    r = client.get(f"/todos/{todo_id}", headers=alice)
    assert r.status_code in (404, 422)
    assert r.status_code != 500


# ---- isolation between users -----------------------------------------------


@pytest.mark.parametrize(
    "method, body",
    [("GET", None), ("PATCH", {"done": True}), ("DELETE", None)],
)
def test_other_users_todo_is_not_found(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders, method: str, body: Any
) -> None:
    todo = create(client, alice)
    r = client.request(method, f"/todos/{todo['id']}", headers=bob, json=body)
    assert r.status_code == 404

    # still there and unchanged for alice
    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200
    assert r.json()["done"] is False


def test_list_only_shows_own_todos(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    create(client, alice, title="alice 1")
    create(client, bob, title="bob 1")
    r = client.get("/todos", headers=bob)
    assert [t["title"] for t in r.json()["items"]] == ["bob 1"]
    assert r.json()["total"] == 1


# ---- pagination --------------------------------------------------------------


def test_pagination(client: TestClient, alice: AuthHeaders) -> None:
    for i in range(5):
        create(client, alice, title=f"todo {i}")

    r = client.get("/todos", params={"limit": 2, "offset": 0}, headers=alice)
    assert r.status_code == 200
    page = r.json()
    assert [t["title"] for t in page["items"]] == ["todo 0", "todo 1"]
    assert page["total"] == 5

    r = client.get("/todos", params={"limit": 2, "offset": 4}, headers=alice)
    assert [t["title"] for t in r.json()["items"]] == ["todo 4"]

    r = client.get("/todos", params={"offset": 10}, headers=alice)
    assert r.json()["items"] == []

    r = client.get("/todos", headers=alice)
    assert r.json()["limit"] == 20


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}],
)
def test_pagination_bounds(client: TestClient, alice: AuthHeaders, params: dict[str, Any]) -> None:
    r = client.get("/todos", params=params, headers=alice)
    assert r.status_code == 422


# ---- update ------------------------------------------------------------------


def test_patch_changes_only_given_fields(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice, description="keep me")
    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert r.status_code == 200
    body = r.json()
    assert body["done"] is True
    assert body["title"] == "buy milk"
    assert body["description"] == "keep me"


def test_patch_can_clear_description(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice, description="temporary")
    r = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert r.status_code == 200
    assert r.json()["description"] is None


@pytest.mark.parametrize(
    "name, payload",
    [
        ("null title", {"title": None}),
        ("null done", {"done": None}),
        ("empty title", {"title": ""}),
        ("done wrong type", {"done": "true"}),
        ("unknown field", {"id": 7}),
    ],
)
def test_patch_validation(
    client: TestClient, alice: AuthHeaders, name: str, payload: dict[str, Any]
) -> None:
    todo = create(client, alice)
    r = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert r.status_code == 422, name


def test_patch_missing_todo(client: TestClient, alice: AuthHeaders) -> None:
    r = client.patch("/todos/12345", json={"done": True}, headers=alice)
    assert r.status_code == 404


# ---- delete ------------------------------------------------------------------


def test_delete(client: TestClient, alice: AuthHeaders) -> None:
    todo = create(client, alice)
    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""

    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404
