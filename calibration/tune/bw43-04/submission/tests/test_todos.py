from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Signup = Callable[..., dict[str, str]]


def _create(client: TestClient, headers: dict[str, str], **fields: object) -> dict[str, object]:
    r = client.post("/todos", json={"title": "t", **fields}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_returns_201_with_id_and_defaults(client: TestClient, signup: Signup) -> None:
    h = signup()
    r = client.post("/todos", json={"title": "write thesis"}, headers=h)
    assert r.status_code == 201
    body = r.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "write thesis"
    assert body["description"] is None
    assert body["done"] is False


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "x" * 201},
        {"title": None},
        {"title": ["a"]},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "d" * 2001},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_malformed_input_and_stores_nothing(
    client: TestClient, signup: Signup, payload: dict[str, object]
) -> None:
    h = signup()
    r = client.post("/todos", json=payload, headers=h)
    assert r.status_code == 422
    assert r.json()["detail"], "422 must say what is wrong"
    assert client.get("/todos", headers=h).json()["total"] == 0


def test_read_own_todo(client: TestClient, signup: Signup) -> None:
    h = signup()
    todo = _create(client, h, title="read", description="Codd 1970")
    r = client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200
    assert r.json() == todo


@pytest.mark.parametrize("todo_id", ["999", str(2**63 - 1)])
def test_missing_todo_is_404(client: TestClient, signup: Signup, todo_id: str) -> None:
    h = signup()
    assert client.get(f"/todos/{todo_id}", headers=h).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"done": True}, headers=h).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=h).status_code == 404


@pytest.mark.parametrize("todo_id", ["0", "-1", "abc", str(2**63)])
def test_invalid_todo_id_is_422_not_500(client: TestClient, signup: Signup, todo_id: str) -> None:
    h = signup()
    assert client.get(f"/todos/{todo_id}", headers=h).status_code == 422


def test_other_users_todo_is_invisible(client: TestClient, signup: Signup) -> None:
    ada = signup("ada")
    eve = signup("eve")
    todo = _create(client, ada, title="private")

    assert client.get(f"/todos/{todo['id']}", headers=eve).status_code == 404
    assert client.patch(f"/todos/{todo['id']}", json={"title": "x"}, headers=eve).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=eve).status_code == 404
    assert client.get("/todos", headers=eve).json() == {"items": [], "total": 0, "limit": 20, "offset": 0}
    assert client.get(f"/todos/{todo['id']}", headers=ada).json()["title"] == "private"


def test_pagination(client: TestClient, signup: Signup) -> None:
    h = signup()
    ids = [_create(client, h, title=f"t{i}")["id"] for i in range(25)]

    first = client.get("/todos", headers=h).json()
    assert first["total"] == 25 and first["limit"] == 20 and first["offset"] == 0
    assert [t["id"] for t in first["items"]] == ids[:20]

    page = client.get("/todos", params={"limit": 10, "offset": 20}, headers=h).json()
    assert [t["id"] for t in page["items"]] == ids[20:]

    beyond = client.get("/todos", params={"offset": 1000}, headers=h).json()
    assert beyond["items"] == [] and beyond["total"] == 25


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}, {"offset": 2**64}],
)
def test_pagination_bounds_are_enforced(
    client: TestClient, signup: Signup, params: dict[str, object]
) -> None:
    h = signup()
    assert client.get("/todos", params=params, headers=h).status_code == 422


def test_patch_changes_only_given_fields(client: TestClient, signup: Signup) -> None:
    h = signup()
    todo = _create(client, h, title="draft", description="chapter 2")
    r = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=h)
    assert r.status_code == 200
    body = r.json()
    assert body["done"] is True
    assert body["title"] == "draft" and body["description"] == "chapter 2"
    assert body["updated_at"] >= todo["updated_at"]


def test_patch_can_clear_description(client: TestClient, signup: Signup) -> None:
    h = signup()
    todo = _create(client, h, description="to be removed")
    r = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=h)
    assert r.status_code == 200
    assert r.json()["description"] is None


def test_empty_patch_is_a_noop(client: TestClient, signup: Signup) -> None:
    h = signup()
    todo = _create(client, h)
    r = client.patch(f"/todos/{todo['id']}", json={}, headers=h)
    assert r.status_code == 200
    assert r.json() == todo


@pytest.mark.parametrize(
    "payload",
    [{"title": None}, {"done": None}, {"title": ""}, {"done": "yes please"}, {"id": 5}, {"owner_id": 2}],
)
def test_patch_rejects_malformed_input(
    client: TestClient, signup: Signup, payload: dict[str, object]
) -> None:
    h = signup()
    todo = _create(client, h, title="unchanged")
    assert client.patch(f"/todos/{todo['id']}", json=payload, headers=h).status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=h).json() == todo


def test_delete_is_204_then_404(client: TestClient, signup: Signup) -> None:
    h = signup()
    todo = _create(client, h)
    r = client.delete(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=h).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=h).status_code == 404
