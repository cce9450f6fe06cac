from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import AuthHeaders, MakeUser


def _create(client: TestClient, headers: AuthHeaders, **fields: Any) -> dict[str, Any]:
    body = {"title": "Buy milk", **fields}
    response = client.post("/todos", json=body, headers=headers)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def test_create_returns_201_with_id_and_defaults(client: TestClient, make_user: MakeUser) -> None:
    todo = _create(client, make_user())

    assert isinstance(todo["id"], int)
    assert todo["title"] == "Buy milk"
    assert todo["description"] is None
    assert todo["done"] is False


def test_create_requires_auth(client: TestClient) -> None:
    assert client.post("/todos", json={"title": "x"}).status_code == 401


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 5},
        {"title": "ok", "done": "maybe"},
        {"title": "ok", "description": "x" * 2001},
        {"title": "ok", "owner": 2},
    ],
    ids=["missing", "empty", "blank", "too-long", "wrong-type", "bad-done", "long-desc", "extra"],
)
def test_create_validation_is_422_and_nothing_stored(
    client: TestClient, make_user: MakeUser, payload: dict[str, Any]
) -> None:
    headers = make_user()
    response = client.post("/todos", json=payload, headers=headers)

    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "body"
    assert client.get("/todos", headers=headers).json() == []


def test_read_own_todo(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    todo = _create(client, headers, description="2 litres")

    response = client.get(f"/todos/{todo['id']}", headers=headers)
    assert response.status_code == 200
    assert response.json() == todo


@pytest.mark.parametrize("todo_id", ["abc", "0", "-1", str(2**64)])
def test_bad_ids_are_422(client: TestClient, make_user: MakeUser, todo_id: str) -> None:
    assert client.get(f"/todos/{todo_id}", headers=make_user()).status_code == 422


def test_missing_todo_is_404(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    assert client.get("/todos/424242", headers=headers).status_code == 404
    assert client.patch("/todos/424242", json={"done": True}, headers=headers).status_code == 404
    assert client.delete("/todos/424242", headers=headers).status_code == 404


def test_other_users_todos_are_invisible(client: TestClient, make_user: MakeUser) -> None:
    alice, bob = make_user("alice"), make_user("bob")
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"title": "hijacked"}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == []

    still_there = client.get(url, headers=alice)
    assert still_there.status_code == 200
    assert still_there.json()["title"] == "Buy milk"


def test_patch_changes_only_given_fields(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    todo = _create(client, headers, description="2 litres")

    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=headers)

    assert response.status_code == 200
    updated = response.json()
    assert updated["done"] is True
    assert updated["title"] == todo["title"]
    assert updated["description"] == "2 litres"
    assert updated["updated_at"] >= todo["updated_at"]


def test_patch_can_clear_description(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    todo = _create(client, headers, description="2 litres")

    response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=headers)
    assert response.status_code == 200
    assert response.json()["description"] is None


@pytest.mark.parametrize(
    "payload",
    [{"title": None}, {"done": None}, {"title": ""}, {"done": "yes please"}, {"owner": 1}],
)
def test_patch_validation(client: TestClient, make_user: MakeUser, payload: dict[str, Any]) -> None:
    headers = make_user()
    todo = _create(client, headers)

    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=headers)
    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=headers).json() == todo


def test_delete_is_204_then_404(client: TestClient, make_user: MakeUser) -> None:
    headers = make_user()
    todo = _create(client, headers)

    response = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=headers).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=headers).status_code == 404
