from fastapi.testclient import TestClient


def test_create_todo(client: TestClient, ada: dict[str, str]) -> None:
    response = client.post("/todos", json={"title": "Buy oat milk"}, headers=ada)
    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert body["title"] == "Buy oat milk"
    assert body["done"] is False
    assert body["description"] is None


def test_create_todo_without_title_is_422(client: TestClient, ada: dict[str, str]) -> None:
    response = client.post("/todos", json={"description": "no title"}, headers=ada)
    assert response.status_code == 422


def test_create_todo_with_wrong_type_is_422(client: TestClient, ada: dict[str, str]) -> None:
    response = client.post("/todos", json={"title": "x", "done": "maybe"}, headers=ada)
    assert response.status_code == 422


def test_todos_require_a_token(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401


def test_list_is_paginated_and_summarised(client: TestClient, ada: dict[str, str]) -> None:
    for i in range(5):
        client.post("/todos", json={"title": f"Task {i}", "done": i < 2}, headers=ada)
    response = client.get("/todos", params={"limit": 2, "offset": 1}, headers=ada)
    assert response.status_code == 200
    body = response.json()
    assert [t["title"] for t in body["items"]] == ["Task 3", "Task 2"]
    assert body["summary"] == {"total": 5, "done": 2, "remaining": 3}


def test_list_rejects_out_of_range_limit(client: TestClient, ada: dict[str, str]) -> None:
    assert client.get("/todos", params={"limit": 0}, headers=ada).status_code == 422
    assert client.get("/todos", params={"limit": 101}, headers=ada).status_code == 422
    assert client.get("/todos", params={"offset": -1}, headers=ada).status_code == 422


def test_read_update_and_delete_own_todo(client: TestClient, ada: dict[str, str]) -> None:
    todo_id = client.post("/todos", json={"title": "Write docs"}, headers=ada).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=ada).json()["title"] == "Write docs"

    response = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=ada)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Write docs"

    assert client.delete(f"/todos/{todo_id}", headers=ada).status_code == 204
    assert client.get(f"/todos/{todo_id}", headers=ada).status_code == 404


def test_other_peoples_todos_are_invisible(client: TestClient, ada: dict[str, str], grace: dict[str, str]) -> None:
    todo_id = client.post("/todos", json={"title": "Private"}, headers=ada).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=grace).status_code == 404
    assert client.patch(f"/todos/{todo_id}", json={"done": True}, headers=grace).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=grace).status_code == 404
    assert client.get("/todos", headers=grace).json()["items"] == []


def test_missing_todo_is_404(client: TestClient, ada: dict[str, str]) -> None:
    response = client.get("/todos/999", headers=ada)
    assert response.status_code == 404
    assert "999" in response.json()["detail"]
