from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


def make_todo(client: TestClient, headers: dict[str, str], **fields: object) -> dict:
    payload = {"title": "Water the plants", **fields}
    response = client.post("/todos", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


# --- authentication ------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/todos"),
        ("POST", "/todos"),
        ("GET", "/todos/1"),
        ("PATCH", "/todos/1"),
        ("DELETE", "/todos/1"),
    ],
)
def test_every_todo_route_requires_a_token(client: TestClient, method: str, path: str) -> None:
    response = client.request(method, path, json={"title": "x"})
    assert response.status_code == 401


# --- create / read -------------------------------------------------------------


def test_create_returns_201_with_id(client: TestClient, alice: dict[str, str]) -> None:
    todo = make_todo(client, alice, description="Ferns first")

    assert isinstance(todo["id"], int)
    assert todo["title"] == "Water the plants"
    assert todo["description"] == "Ferns first"
    assert todo["done"] is False


def test_title_is_stripped(client: TestClient, alice: dict[str, str]) -> None:
    assert make_todo(client, alice, title="  Call mum  ")["title"] == "Call mum"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": None},
        {"title": 42},
        {"title": "x" * 201},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "x" * 2001},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_invalid_payload(
    client: TestClient, alice: dict[str, str], payload: dict
) -> None:
    response = client.post("/todos", json=payload, headers=alice)
    assert response.status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_create_rejects_non_json_body(client: TestClient, alice: dict[str, str]) -> None:
    response = client.post(
        "/todos", content=b"title=x", headers={**alice, "Content-Type": "application/json"}
    )
    assert response.status_code == 422


def test_read_own_todo(client: TestClient, alice: dict[str, str]) -> None:
    todo = make_todo(client, alice)
    response = client.get(f"/todos/{todo['id']}", headers=alice)
    assert response.status_code == 200
    assert response.json() == todo


@pytest.mark.parametrize("todo_id", ["999", "0", "-1", "abc"])
def test_read_missing_or_malformed_id(
    client: TestClient, alice: dict[str, str], todo_id: str
) -> None:
    response = client.get(f"/todos/{todo_id}", headers=alice)
    assert response.status_code in (404, 422)
    assert response.status_code == (404 if todo_id == "999" else 422)


# --- list / pagination -----------------------------------------------------------


def test_list_is_paginated(client: TestClient, alice: dict[str, str]) -> None:
    ids = [make_todo(client, alice, title=f"todo {n}")["id"] for n in range(25)]

    first = client.get("/todos", headers=alice).json()
    assert first["total"] == 25
    assert first["limit"] == 20
    assert [t["id"] for t in first["items"]] == ids[:20]

    second = client.get("/todos", params={"limit": 10, "offset": 20}, headers=alice).json()
    assert [t["id"] for t in second["items"]] == ids[20:]


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "ten"}],
)
def test_list_rejects_out_of_range_paging(
    client: TestClient, alice: dict[str, str], params: dict
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_list_accepts_maximum_page_size(client: TestClient, alice: dict[str, str]) -> None:
    assert client.get("/todos", params={"limit": 100}, headers=alice).status_code == 200


def test_offset_past_the_end_is_an_empty_page(client: TestClient, alice: dict[str, str]) -> None:
    make_todo(client, alice)
    body = client.get("/todos", params={"offset": 50}, headers=alice).json()
    assert body["items"] == []
    assert body["total"] == 1


# --- update ------------------------------------------------------------------------


def test_patch_changes_only_given_fields(client: TestClient, alice: dict[str, str]) -> None:
    todo = make_todo(client, alice, description="Ferns first")

    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

    assert response.status_code == 200
    body = response.json()
    assert body["done"] is True
    assert body["title"] == todo["title"]
    assert body["description"] == "Ferns first"
    assert body["updated_at"] >= todo["updated_at"]


def test_patch_can_clear_description(client: TestClient, alice: dict[str, str]) -> None:
    todo = make_todo(client, alice, description="Ferns first")
    response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert response.json()["description"] is None


@pytest.mark.parametrize(
    "payload",
    [{"title": None}, {"done": None}, {"title": ""}, {"done": "yes"}, {"id": 7}, []],
)
def test_patch_rejects_invalid_payload(
    client: TestClient, alice: dict[str, str], payload: object
) -> None:
    todo = make_todo(client, alice)
    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


def test_patch_missing_todo_is_404(client: TestClient, alice: dict[str, str]) -> None:
    assert client.patch("/todos/999", json={"done": True}, headers=alice).status_code == 404


# --- delete ------------------------------------------------------------------------


def test_delete_returns_204_and_removes(client: TestClient, alice: dict[str, str]) -> None:
    todo = make_todo(client, alice)

    response = client.delete(f"/todos/{todo['id']}", headers=alice)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


# --- isolation between users ---------------------------------------------------------


def test_users_cannot_see_or_change_each_others_todos(
    client: TestClient, alice: dict[str, str], bob: dict[str, str]
) -> None:
    todo = make_todo(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == {
        "items": [],
        "total": 0,
        "limit": 20,
        "offset": 0,
    }
    assert client.get(url, headers=alice).json() == todo
