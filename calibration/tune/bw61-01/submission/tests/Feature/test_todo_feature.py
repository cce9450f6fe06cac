from collections.abc import Callable

from fastapi.testclient import TestClient

ActingAs = Callable[[str], dict[str, str]]


def test_guest_cannot_touch_todos(client: TestClient) -> None:
    assert client.get("/api/todos").status_code == 401
    assert client.post("/api/todos", json={"title": "x"}).status_code == 401
    assert client.delete("/api/todos/1").status_code == 401


def test_user_can_create_a_todo(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")

    response = client.post(
        "/api/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=headers
    )

    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert body["title"] == "Buy milk"
    assert body["done"] is False


def test_create_validates_the_payload(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")

    assert client.post("/api/todos", json={}, headers=headers).status_code == 422
    assert client.post("/api/todos", json={"title": ""}, headers=headers).status_code == 422
    assert client.post("/api/todos", json={"title": "x" * 201}, headers=headers).status_code == 422
    assert (
        client.post("/api/todos", json={"title": "ok", "done": "maybe"}, headers=headers).status_code
        == 422
    )
    assert client.get("/api/todos", headers=headers).json()["total"] == 0


def test_list_is_paginated(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")
    for i in range(5):
        client.post("/api/todos", json={"title": f"todo {i}"}, headers=headers)

    response = client.get("/api/todos?limit=2&offset=1", headers=headers)

    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 5
    assert [t["title"] for t in body["data"]] == ["todo 1", "todo 2"]


def test_list_rejects_bad_pagination(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")

    assert client.get("/api/todos?limit=0", headers=headers).status_code == 422
    assert client.get("/api/todos?limit=101", headers=headers).status_code == 422
    assert client.get("/api/todos?offset=-1", headers=headers).status_code == 422


def test_user_can_update_own_todo(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")
    todo = client.post("/api/todos", json={"title": "Buy milk"}, headers=headers).json()

    response = client.patch(f"/api/todos/{todo['id']}", json={"done": True}, headers=headers)

    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Buy milk"


def test_update_rejects_null_title(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")
    todo = client.post("/api/todos", json={"title": "Buy milk"}, headers=headers).json()

    response = client.patch(f"/api/todos/{todo['id']}", json={"title": None}, headers=headers)

    assert response.status_code == 422


def test_user_can_delete_own_todo(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")
    todo = client.post("/api/todos", json={"title": "Buy milk"}, headers=headers).json()

    response = client.delete(f"/api/todos/{todo['id']}", headers=headers)

    assert response.status_code == 204
    assert client.get(f"/api/todos/{todo['id']}", headers=headers).status_code == 404


def test_missing_todo_is_404(client: TestClient, acting_as: ActingAs) -> None:
    headers = acting_as("taylor")

    assert client.get("/api/todos/999", headers=headers).status_code == 404
    assert client.patch("/api/todos/999", json={"done": True}, headers=headers).status_code == 404
    assert client.delete("/api/todos/999", headers=headers).status_code == 404


def test_user_cannot_see_or_change_someone_elses_todo(
    client: TestClient, acting_as: ActingAs
) -> None:
    owner = acting_as("taylor")
    intruder = acting_as("jeffrey")
    todo = client.post("/api/todos", json={"title": "private"}, headers=owner).json()

    assert client.get(f"/api/todos/{todo['id']}", headers=intruder).status_code == 404
    assert (
        client.patch(f"/api/todos/{todo['id']}", json={"done": True}, headers=intruder).status_code
        == 404
    )
    assert client.delete(f"/api/todos/{todo['id']}", headers=intruder).status_code == 404
    assert client.get("/api/todos", headers=intruder).json()["total"] == 0
