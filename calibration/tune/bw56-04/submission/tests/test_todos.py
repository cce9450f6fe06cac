from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from tests.conftest import Headers
from tests.fakes import InMemoryRepository


def _create(client: TestClient, headers: Headers, **fields: object) -> dict[str, object]:
    response = client.post("/todos", json={"title": "buy milk", **fields}, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


# -- create -------------------------------------------------------------------


def test_create_returns_201_with_id_and_location(client: TestClient, alice: Headers) -> None:
    response = client.post(
        "/todos", json={"title": "  buy milk ", "description": "2 litres"}, headers=alice
    )
    assert response.status_code == 201
    body = response.json()
    assert uuid.UUID(body["id"])
    assert body["title"] == "buy milk"
    assert body["description"] == "2 litres"
    assert body["done"] is False
    assert response.headers["Location"] == f"/todos/{body['id']}"


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"title": ""},
        {"title": "   "},
        {"title": "x" * 201},
        {"title": 123},
        {"title": None},
        {"title": "ok", "done": "yes"},
        {"title": "ok", "done": 1},
        {"title": "ok", "description": "d" * 2001},
        {"title": "nul\x00byte"},
        {"title": "ok", "owner_id": str(uuid.uuid4())},
    ],
)
def test_invalid_todo_is_422_and_not_stored(
    client: TestClient, alice: Headers, repository: InMemoryRepository, payload: dict[str, object]
) -> None:
    response = client.post("/todos", json=payload, headers=alice)
    assert response.status_code == 422
    assert response.json()["detail"]  # a useful message, not an empty body
    assert repository.todos == {}


def test_non_json_body_is_422(client: TestClient, alice: Headers) -> None:
    response = client.post(
        "/todos", content=b"title=x", headers={**alice, "Content-Type": "application/json"}
    )
    assert response.status_code == 422


# -- read ---------------------------------------------------------------------


def test_read_own_todo(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice)
    response = client.get(f"/todos/{todo['id']}", headers=alice)
    assert response.status_code == 200
    assert response.json() == todo


def test_read_unknown_todo_is_404(client: TestClient, alice: Headers) -> None:
    assert client.get(f"/todos/{uuid.uuid4()}", headers=alice).status_code == 404


def test_malformed_id_is_422(client: TestClient, alice: Headers) -> None:
    assert client.get("/todos/not-a-uuid", headers=alice).status_code == 422


# -- isolation ----------------------------------------------------------------


def test_other_users_todos_are_invisible(client: TestClient, alice: Headers, bob: Headers) -> None:
    todo = _create(client, alice)
    url = f"/todos/{todo['id']}"

    assert client.get(url, headers=bob).status_code == 404
    assert client.patch(url, json={"done": True}, headers=bob).status_code == 404
    assert client.delete(url, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0

    assert client.get(url, headers=alice).json() == todo


# -- update -------------------------------------------------------------------


def test_patch_changes_only_given_fields(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice, description="semi-skimmed")
    response = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=alice)
    assert response.status_code == 200
    body = response.json()
    assert body["done"] is True
    assert body["title"] == todo["title"]
    assert body["description"] == "semi-skimmed"
    assert body["updated_at"] >= body["created_at"]


def test_patch_can_clear_description(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice, description="semi-skimmed")
    response = client.patch(f"/todos/{todo['id']}", json={"description": None}, headers=alice)
    assert response.status_code == 200
    assert response.json()["description"] is None


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": None}, {"done": None}, {"done": "true"}, {"title": ""}, {"id": "x"}],
)
def test_invalid_patch_is_422(client: TestClient, alice: Headers, payload: dict[str, object]) -> None:
    todo = _create(client, alice)
    response = client.patch(f"/todos/{todo['id']}", json=payload, headers=alice)
    assert response.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


def test_patch_unknown_todo_is_404(client: TestClient, alice: Headers) -> None:
    assert client.patch(f"/todos/{uuid.uuid4()}", json={"done": True}, headers=alice).status_code == 404


# -- delete -------------------------------------------------------------------


def test_delete_is_204_then_404(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice)
    first = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert first.status_code == 204
    assert first.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


# -- listing ------------------------------------------------------------------


def test_list_paginates_in_creation_order(client: TestClient, alice: Headers) -> None:
    titles = [f"todo {i:02d}" for i in range(25)]
    for title in titles:
        _create(client, alice, title=title)

    first = client.get("/todos", headers=alice).json()
    assert [t["title"] for t in first["items"]] == titles[:20]
    assert (first["total"], first["limit"], first["offset"]) == (25, 20, 0)

    second = client.get("/todos", params={"offset": 20}, headers=alice).json()
    assert [t["title"] for t in second["items"]] == titles[20:]

    beyond = client.get("/todos", params={"offset": 500}, headers=alice).json()
    assert beyond["items"] == [] and beyond["total"] == 25


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 101},
        {"limit": -5},
        {"limit": "ten"},
        {"offset": -1},
        {"offset": 100_001},
    ],
)
def test_out_of_range_paging_is_422(
    client: TestClient, alice: Headers, params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422


def test_limit_at_bounds_is_accepted(client: TestClient, alice: Headers) -> None:
    assert client.get("/todos", params={"limit": 1}, headers=alice).status_code == 200
    assert client.get("/todos", params={"limit": 100}, headers=alice).status_code == 200
