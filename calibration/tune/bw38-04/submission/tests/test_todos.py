from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders


def create_todo(client: TestClient, headers: AuthHeaders, **fields: Any) -> dict[str, Any]:
    payload = {"title": "Buy milk", **fields}
    response = client.post("/todos", json=payload, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


# --- create -----------------------------------------------------------------


def test_create_returns_201_with_the_new_todo(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=alice
    )

    assert response.status_code == 201
    body = response.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Buy milk"
    assert body["description"] == "2 litres"
    assert body["done"] is False


def test_create_strips_title_whitespace(client: TestClient, alice: AuthHeaders) -> None:
    assert create_todo(client, alice, title="  Buy milk  ")["title"] == "Buy milk"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"description": "no title"},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 42},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "x" * 2001},
        {"title": "ok", "owner_id": 2},
    ],
)
def test_create_rejects_invalid_payload(
    client: TestClient, alice: AuthHeaders, payload: dict[str, Any]
) -> None:
    response = client.post("/todos", json=payload, headers=alice)

    assert response.status_code == 422
    assert client.get("/todos", headers=alice).json()["total"] == 0


def test_create_rejects_non_json_body(client: TestClient, alice: AuthHeaders) -> None:
    response = client.post(
        "/todos",
        content=b"title=Buy milk",
        headers={**alice, "Content-Type": "text/plain"},
    )

    assert response.status_code == 422


# --- list / pagination ------------------------------------------------------


def test_list_is_empty_for_a_new_user(client: TestClient, alice: AuthHeaders) -> None:
    response = client.get("/todos", headers=alice)

    assert response.status_code == 200
    assert response.json() == {"items": [], "total": 0, "limit": 20, "offset": 0}


def test_list_paginates(client: TestClient, alice: AuthHeaders) -> None:
    for i in range(5):
        create_todo(client, alice, title=f"todo {i}")

    response = client.get("/todos", params={"limit": 2, "offset": 2}, headers=alice)

    assert response.status_code == 200
    body = response.json()
    assert [t["title"] for t in body["items"]] == ["todo 2", "todo 3"]
    assert body["total"] == 5
    assert (body["limit"], body["offset"]) == (2, 2)


def test_list_offset_past_the_end_is_empty(client: TestClient, alice: AuthHeaders) -> None:
    create_todo(client, alice)

    body = client.get("/todos", params={"offset": 10}, headers=alice).json()

    assert body["items"] == []
    assert body["total"] == 1


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": -5},
        {"limit": "ten"},
        {"offset": -1},
        {"offset": 1_000_001},
    ],
)
def test_list_rejects_out_of_range_pagination(
    client: TestClient, alice: AuthHeaders, params: dict[str, Any]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_list_only_shows_own_todos(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    create_todo(client, alice, title="alice's")
    create_todo(client, bob, title="bob's")

    body = client.get("/todos", headers=alice).json()

    assert [t["title"] for t in body["items"]] == ["alice's"]
    assert body["total"] == 1


# --- read -------------------------------------------------------------------


def test_read_own_todo(client: TestClient, alice: AuthHeaders) -> None:
    todo = create_todo(client, alice)

    response = client.get(f"/todos/{todo['id']}", headers=alice)

    assert response.status_code == 200
    assert response.json() == todo


def test_read_missing_todo_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.get("/todos/12345", headers=alice).status_code == 404


@pytest.mark.parametrize("todo_id", ["abc", "0", "-1", str(2**63)])
def test_read_with_invalid_id_is_422(client: TestClient, alice: AuthHeaders, todo_id: str) -> None:
    assert client.get(f"/todos/{todo_id}", headers=alice).status_code == 422


# --- update -----------------------------------------------------------------


def test_update_changes_only_sent_fields(client: TestClient, alice: AuthHeaders) -> None:
    todo = create_todo(client, alice, description="keep me")

    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)

    assert response.status_code == 200
    body = response.json()
    assert body["done"] is True
    assert body["title"] == "Buy milk"
    assert body["description"] == "keep me"


def test_update_can_clear_description(client: TestClient, alice: AuthHeaders) -> None:
    todo = create_todo(client, alice, description="temporary")

    response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)

    assert response.status_code == 200
    assert response.json()["description"] is None


@pytest.mark.parametrize(
    "payload",
    [
        {"title": None},
        {"done": None},
        {"title": ""},
        {"done": "sometimes"},
        {"owner_id": 99},
    ],
)
def test_update_rejects_invalid_payload(
    client: TestClient, alice: AuthHeaders, payload: dict[str, Any]
) -> None:
    todo = create_todo(client, alice)

    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)

    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


def test_update_missing_todo_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.patch("/todos/999", json={"done": True}, headers=alice).status_code == 404


# --- delete -----------------------------------------------------------------


def test_delete_returns_204_and_removes_the_todo(client: TestClient, alice: AuthHeaders) -> None:
    todo = create_todo(client, alice)

    response = client.delete(f"/todos/{todo['id']}", headers=alice)

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_delete_missing_todo_is_404(client: TestClient, alice: AuthHeaders) -> None:
    assert client.delete("/todos/999", headers=alice).status_code == 404


# --- isolation between users ------------------------------------------------


def test_other_users_todos_are_invisible(
    client: TestClient, alice: AuthHeaders, bob: AuthHeaders
) -> None:
    todo = create_todo(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404

    assert client.get(url, headers=alice).json() == todo
