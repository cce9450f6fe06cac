from fastapi.testclient import TestClient

from tests.conftest import auth_headers


def test_create_todo(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    response = client.post(
        "/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=headers
    )
    assert response.status_code == 201
    data = response.json()
    assert data["id"] > 0
    assert data["title"] == "Buy milk"
    assert data["done"] is False


def test_create_todo_validation(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    assert client.post("/todos", json={}, headers=headers).status_code == 422
    assert client.post("/todos", json={"title": ""}, headers=headers).status_code == 422
    assert client.post("/todos", json={"title": "x", "done": "maybe"}, headers=headers).status_code == 422
    assert client.get("/todos", headers=headers).json() == []


def test_list_todos_pagination(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    for i in range(5):
        client.post("/todos", json={"title": f"todo {i}"}, headers=headers)

    response = client.get("/todos?limit=2&offset=1", headers=headers)
    assert response.status_code == 200
    assert [t["title"] for t in response.json()] == ["todo 1", "todo 2"]

    assert client.get("/todos?limit=0", headers=headers).status_code == 422
    assert client.get("/todos?limit=101", headers=headers).status_code == 422
    assert client.get("/todos?offset=-1", headers=headers).status_code == 422


def test_read_todo_not_found(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    assert client.get("/todos/999", headers=headers).status_code == 404


def test_update_todo(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    todo_id = client.post("/todos", json={"title": "Buy milk"}, headers=headers).json()["id"]

    response = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Buy milk"


def test_update_todo_rejects_null_title(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    todo_id = client.post("/todos", json={"title": "Buy milk"}, headers=headers).json()["id"]
    response = client.patch(f"/todos/{todo_id}", json={"title": None}, headers=headers)
    assert response.status_code == 422


def test_delete_todo(client: TestClient) -> None:
    headers = auth_headers(client, "alice")
    todo_id = client.post("/todos", json={"title": "Buy milk"}, headers=headers).json()["id"]

    response = client.delete(f"/todos/{todo_id}", headers=headers)
    assert response.status_code == 204
    assert client.get(f"/todos/{todo_id}", headers=headers).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=headers).status_code == 404


def test_users_cannot_see_each_others_todos(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    bob = auth_headers(client, "bob")
    todo_id = client.post("/todos", json={"title": "Alice's secret"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"title": "hacked"}, headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == []
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "Alice's secret"
