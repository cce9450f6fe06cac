from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

Login = Callable[[str], dict[str, str]]


def create(client: TestClient, headers: dict[str, str], title: str = "Write slides") -> dict:
    response = client.post("/todos", json={"title": title}, headers=headers)
    assert response.status_code == 201
    return response.json()


# --- happy paths -------------------------------------------------------------


def test_create_returns_the_new_todo(client: TestClient, login: Login) -> None:
    response = client.post(
        "/todos", json={"title": "Grade essays", "description": "Week 3"}, headers=login("ada")
    )

    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert (body["title"], body["description"], body["done"]) == ("Grade essays", "Week 3", False)


def test_read_update_delete(client: TestClient, login: Login) -> None:
    headers = login("ada")
    todo_id = create(client, headers)["id"]

    assert client.get(f"/todos/{todo_id}", headers=headers).json()["title"] == "Write slides"

    response = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Write slides"

    assert client.delete(f"/todos/{todo_id}", headers=headers).status_code == 204
    assert client.get(f"/todos/{todo_id}", headers=headers).status_code == 404


def test_description_can_be_cleared(client: TestClient, login: Login) -> None:
    headers = login("ada")
    todo_id = client.post(
        "/todos", json={"title": "t", "description": "d"}, headers=headers
    ).json()["id"]

    response = client.patch(f"/todos/{todo_id}", json={"description": None}, headers=headers)

    assert response.json()["description"] is None


def test_list_is_paginated(client: TestClient, login: Login) -> None:
    headers = login("ada")
    for number in range(5):
        create(client, headers, title=f"todo {number}")

    response = client.get("/todos", params={"limit": 2, "offset": 1}, headers=headers)

    assert response.status_code == 200
    assert [todo["title"] for todo in response.json()] == ["todo 1", "todo 2"]


# --- authentication and ownership -------------------------------------------


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/todos"), ("POST", "/todos"), ("GET", "/todos/1"),
     ("PATCH", "/todos/1"), ("DELETE", "/todos/1")],
)
def test_every_todo_route_requires_a_token(client: TestClient, method: str, path: str) -> None:
    assert client.request(method, path, json={"title": "x"}).status_code == 401


def test_users_cannot_see_or_change_each_others_todos(client: TestClient, login: Login) -> None:
    ada, bob = login("ada"), login("bob")
    todo_id = create(client, ada)["id"]

    assert client.get("/todos", headers=bob).json() == []
    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get(f"/todos/{todo_id}", headers=ada).json()["done"] is False


# --- validation ----------------------------------------------------------------


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": "   "}, {"title": 42}, {"title": "x", "done": "maybe"},
     {"title": "x" * 201}],
)
def test_invalid_todos_are_rejected_and_not_stored(
    client: TestClient, login: Login, payload: dict
) -> None:
    headers = login("ada")

    assert client.post("/todos", json=payload, headers=headers).status_code == 422
    assert client.get("/todos", headers=headers).json() == []


@pytest.mark.parametrize("payload", [{"title": None}, {"done": None}, {"title": ""}])
def test_invalid_updates_are_rejected(client: TestClient, login: Login, payload: dict) -> None:
    headers = login("ada")
    todo_id = create(client, headers)["id"]

    assert client.patch(f"/todos/{todo_id}", json=payload, headers=headers).status_code == 422


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}]
)
def test_out_of_range_pagination_is_rejected(
    client: TestClient, login: Login, params: dict
) -> None:
    assert client.get("/todos", params=params, headers=login("ada")).status_code == 422


@pytest.mark.parametrize("todo_id", ["999", "0", "abc", str(2**64)])
def test_unknown_or_malformed_ids(client: TestClient, login: Login, todo_id: str) -> None:
    status = client.get(f"/todos/{todo_id}", headers=login("ada")).status_code

    assert status in (404, 422)
