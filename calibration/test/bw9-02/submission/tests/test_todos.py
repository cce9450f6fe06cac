from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

Headers = dict[str, str]


def _create(client: TestClient, headers: Headers, **fields: object) -> dict[str, object]:
    body = {"title": "Mark exercise sheet 3", **fields}
    response = client.post("/todos", json=body, headers=headers)
    assert response.status_code == 201, response.text
    result: dict[str, object] = response.json()
    return result


def test_create_returns_201_with_defaults(client: TestClient, alice: Headers) -> None:
    todo = _create(client, alice)
    assert todo == {"id": 1, "title": "Mark exercise sheet 3", "description": "", "done": False}


def test_read_update_delete_round_trip(client: TestClient, alice: Headers) -> None:
    todo_id = _create(client, alice)["id"]

    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "Mark exercise sheet 3"

    response = client.put(
        f"/todos/{todo_id}",
        json={"title": "Mark sheet 3", "description": "by Friday", "done": True},
        headers=alice,
    )
    assert response.status_code == 200
    assert response.json() == {
        "id": todo_id,
        "title": "Mark sheet 3",
        "description": "by Friday",
        "done": True,
    }

    response = client.delete(f"/todos/{todo_id}", headers=alice)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/todos/{todo_id}", headers=alice).status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"title": ""},
        {"title": "x" * 201},
        {"title": None},
        {"title": "ok", "description": "x" * 2001},
        {"title": "ok", "done": "maybe"},
        {"title": ["not", "a", "string"]},
    ],
)
def test_invalid_bodies_are_422_and_not_stored(
    client: TestClient, alice: Headers, body: dict[str, object]
) -> None:
    assert client.post("/todos", json=body, headers=alice).status_code == 422
    assert client.get("/todos", headers=alice).json() == []


def test_invalid_update_is_422_and_leaves_todo_alone(client: TestClient, alice: Headers) -> None:
    todo_id = _create(client, alice)["id"]
    response = client.put(f"/todos/{todo_id}", json={"title": ""}, headers=alice)
    assert response.status_code == 422
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "Mark exercise sheet 3"


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_missing_todo_is_404(client: TestClient, alice: Headers, method: str) -> None:
    kwargs: dict[str, object] = {"headers": alice}
    if method == "put":
        kwargs["json"] = {"title": "x"}
    response = client.request(method.upper(), "/todos/12345", **kwargs)  # type: ignore[arg-type]
    assert response.status_code == 404


def test_non_integer_id_is_422(client: TestClient, alice: Headers) -> None:
    assert client.get("/todos/first", headers=alice).status_code == 422


def test_users_cannot_see_or_touch_each_others_todos(
    client: TestClient, alice: Headers, bob: Headers
) -> None:
    todo_id = _create(client, alice)["id"]

    assert client.get("/todos", headers=bob).json() == []
    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.put(f"/todos/{todo_id}", json={"title": "mine"}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404

    # and Alice's todo is untouched
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "Mark exercise sheet 3"


def test_pagination_pages_through_in_order(client: TestClient, alice: Headers) -> None:
    for number in range(25):
        _create(client, alice, title=f"task {number}")

    first_page = client.get("/todos", headers=alice).json()
    assert len(first_page) == 20  # the default page size
    assert first_page[0]["title"] == "task 0"

    second_page = client.get("/todos", params={"limit": 10, "offset": 20}, headers=alice).json()
    assert [todo["title"] for todo in second_page] == [f"task {n}" for n in range(20, 25)]

    assert client.get("/todos", params={"offset": 100}, headers=alice).json() == []


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": 101}, {"limit": -5}, {"offset": -1}, {"limit": "lots"}],
)
def test_pagination_out_of_range_is_422(
    client: TestClient, alice: Headers, params: dict[str, object]
) -> None:
    assert client.get("/todos", params=params, headers=alice).status_code == 422
