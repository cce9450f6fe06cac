from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

CreateFn = Callable[..., dict[str, Any]]


# ----- read -----


def test_read_own_todo(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)

    response = client.get(f"/todos/{todo['id']}", headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["id"] == todo["id"]


def test_read_missing_todo_returns_404(client: TestClient, auth_headers: dict[str, str]) -> None:
    response = client.get("/todos/12345", headers=auth_headers)

    assert response.status_code == 404
    assert response.json() == {"detail": "Todo not found"}


@pytest.mark.parametrize(
    "todo_id",
    ["0", "-1", "abc", "1.5", str(2**63)],
    ids=["zero", "negative", "text", "float", "too-big"],
)
def test_read_invalid_id_returns_422(
    client: TestClient, auth_headers: dict[str, str], todo_id: str
) -> None:
    response = client.get(f"/todos/{todo_id}", headers=auth_headers)
    assert response.status_code == 422


def test_read_requires_authentication(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)
    assert client.get(f"/todos/{todo['id']}").status_code == 401


# ----- update -----


def test_update_title_only_keeps_other_fields(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    todo = create_todo(auth_headers, description="keep me", done=True)

    response = client.patch(f"/todos/{todo['id']}", json={"title": "New"}, headers=auth_headers)

    assert response.status_code == 200
    body = response.json()
    assert body["title"] == "New"
    assert body["description"] == "keep me"
    assert body["done"] is True


def test_update_done_flag(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)

    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["done"] is True
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).json()["done"] is True


def test_update_description_to_null_clears_it(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    todo = create_todo(auth_headers, description="old")

    response = client.patch(
        f"/todos/{todo['id']}", json={"description": None}, headers=auth_headers
    )

    assert response.status_code == 200
    assert response.json()["description"] is None


def test_update_with_empty_body_changes_nothing(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    todo = create_todo(auth_headers, description="same")

    response = client.patch(f"/todos/{todo['id']}", json={}, headers=auth_headers)

    assert response.status_code == 200
    body = response.json()
    for field in ("title", "description", "done", "created_at"):
        assert body[field] == todo[field]


def test_update_sets_updated_at(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    todo = create_todo(auth_headers)

    body = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=auth_headers).json()

    assert datetime.fromisoformat(body["updated_at"]) >= datetime.fromisoformat(todo["updated_at"])
    assert body["created_at"] == todo["created_at"]


@pytest.mark.parametrize(
    "payload",
    [
        {"title": None},
        {"done": None},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"done": "maybe"},
        {"description": "d" * 1001},
        {"title": 5},
    ],
    ids=[
        "null-title",
        "null-done",
        "empty-title",
        "blank-title",
        "title-too-long",
        "string-done",
        "description-too-long",
        "int-title",
    ],
)
def test_update_rejects_invalid_payload(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn, payload: dict[str, Any]
) -> None:
    todo = create_todo(auth_headers)

    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=auth_headers)

    assert response.status_code == 422
    unchanged = client.get(f"/todos/{todo['id']}", headers=auth_headers).json()
    assert unchanged == todo


def test_update_missing_todo_returns_404(client: TestClient, auth_headers: dict[str, str]) -> None:
    response = client.patch("/todos/999", json={"done": True}, headers=auth_headers)
    assert response.status_code == 404


def test_update_requires_authentication(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)
    assert client.patch(f"/todos/{todo['id']}", json={"done": True}).status_code == 401


def test_put_is_not_allowed(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)
    response = client.put(f"/todos/{todo['id']}", json={"title": "x"}, headers=auth_headers)
    assert response.status_code == 405


# ----- delete -----


def test_delete_returns_204_with_empty_body(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    todo = create_todo(auth_headers)

    response = client.delete(f"/todos/{todo['id']}", headers=auth_headers)

    assert response.status_code == 204
    assert response.content == b""


def test_deleted_todo_is_gone(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)
    client.delete(f"/todos/{todo['id']}", headers=auth_headers)

    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).status_code == 404
    assert client.get("/todos", headers=auth_headers).json()["total"] == 0


def test_delete_twice_returns_404(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)
    client.delete(f"/todos/{todo['id']}", headers=auth_headers)

    response = client.delete(f"/todos/{todo['id']}", headers=auth_headers)

    assert response.status_code == 404


def test_delete_only_removes_that_todo(
    client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn
) -> None:
    keep = create_todo(auth_headers, title="keep")
    remove = create_todo(auth_headers, title="remove")

    client.delete(f"/todos/{remove['id']}", headers=auth_headers)

    items = client.get("/todos", headers=auth_headers).json()["items"]
    assert [t["id"] for t in items] == [keep["id"]]


def test_delete_missing_todo_returns_404(client: TestClient, auth_headers: dict[str, str]) -> None:
    assert client.delete("/todos/424242", headers=auth_headers).status_code == 404


def test_delete_requires_authentication(client: TestClient, auth_headers: dict[str, str], create_todo: CreateFn) -> None:
    todo = create_todo(auth_headers)
    assert client.delete(f"/todos/{todo['id']}").status_code == 401
    assert client.get(f"/todos/{todo['id']}", headers=auth_headers).status_code == 200
