from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from .conftest import Headers

Login = Callable[[str], Headers]


def _create(client: TestClient, headers: Headers, **body: Any) -> dict[str, Any]:
    response = client.post("/todos", json={"title": "write tests", **body}, headers=headers)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def test_create_returns_201_with_id(client: TestClient, login: Login) -> None:
    todo = _create(client, login("ada"), description="all of them")

    assert isinstance(todo["id"], int)
    assert todo["title"] == "write tests"
    assert todo["description"] == "all of them"
    assert todo["done"] is False


def test_read_update_delete_roundtrip(client: TestClient, login: Login) -> None:
    headers = login("ada")
    todo_id = _create(client, headers)["id"]

    assert client.get(f"/todos/{todo_id}", headers=headers).json()["title"] == "write tests"

    patched = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=headers)
    assert patched.status_code == 200
    assert patched.json()["done"] is True
    assert patched.json()["title"] == "write tests"

    deleted = client.delete(f"/todos/{todo_id}", headers=headers)
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert client.get(f"/todos/{todo_id}", headers=headers).status_code == 404


def test_list_is_paginated_and_scoped(client: TestClient, login: Login) -> None:
    ada, bob = login("ada"), login("bob")
    for i in range(5):
        _create(client, ada, title=f"ada {i}")
    _create(client, bob, title="bob's")

    page = client.get("/todos", params={"limit": 2, "offset": 1}, headers=ada).json()

    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["ada 1", "ada 2"]
    assert (page["limit"], page["offset"]) == (2, 1)


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
def test_list_rejects_out_of_range_paging(
    client: TestClient, login: Login, params: dict[str, Any]
) -> None:
    assert client.get("/todos", params=params, headers=login("ada")).status_code == 422


def test_other_users_todos_are_invisible(client: TestClient, login: Login) -> None:
    ada, bob = login("ada"), login("bob")
    todo_id = _create(client, ada)["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get(f"/todos/{todo_id}", headers=ada).json()["done"] is False


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc", str(2**64)])
def test_missing_or_malformed_id(client: TestClient, login: Login, todo_id: str) -> None:
    response = client.get(f"/todos/{todo_id}", headers=login("ada"))

    assert response.status_code == (404 if todo_id == "999" else 422)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_invalid_body(client: TestClient, login: Login, body: dict[str, Any]) -> None:
    headers = login("ada")

    response = client.post("/todos", json=body, headers=headers)

    assert response.status_code == 422
    assert client.get("/todos", headers=headers).json()["total"] == 0


@pytest.mark.parametrize(
    "body", [{"title": None}, {"done": None}, {"done": [1]}, {"owner_id": 2}, {"id": 7}]
)
def test_update_rejects_invalid_body(client: TestClient, login: Login, body: dict[str, Any]) -> None:
    headers = login("ada")
    todo_id = _create(client, headers)["id"]

    assert client.patch(f"/todos/{todo_id}", json=body, headers=headers).status_code == 422
    assert client.get(f"/todos/{todo_id}", headers=headers).json()["title"] == "write tests"


def test_update_can_clear_description(client: TestClient, login: Login) -> None:
    headers = login("ada")
    todo_id = _create(client, headers, description="temp")["id"]

    response = client.patch(f"/todos/{todo_id}", json={"description": None}, headers=headers)

    assert response.status_code == 200
    assert response.json()["description"] is None
