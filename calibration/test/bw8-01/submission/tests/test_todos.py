def create_todo(client, headers, title="Buy milk", **extra):
    payload = {"title": title, **extra}
    return client.post("/api/todos", json=payload, headers=headers)


def test_guest_cannot_list_todos(client):
    response = client.get("/api/todos")

    assert response.status_code == 401


def test_user_can_create_todo(client, auth_headers):
    response = create_todo(client, auth_headers, description="2 liters")

    assert response.status_code == 201
    data = response.json()["data"]
    assert data["id"] > 0
    assert data["title"] == "Buy milk"
    assert data["description"] == "2 liters"
    assert data["done"] is False


def test_title_is_required(client, auth_headers):
    response = client.post("/api/todos", json={"description": "no title"}, headers=auth_headers)

    assert response.status_code == 422


def test_blank_title_is_rejected(client, auth_headers):
    response = create_todo(client, auth_headers, title="   ")

    assert response.status_code == 422


def test_user_can_list_todos(client, auth_headers):
    for i in range(3):
        create_todo(client, auth_headers, title=f"Todo {i}")

    response = client.get("/api/todos", headers=auth_headers)

    assert response.status_code == 200
    assert len(response.json()["data"]) == 3
    assert response.json()["meta"]["total"] == 3


def test_list_is_paginated(client, auth_headers):
    for i in range(5):
        create_todo(client, auth_headers, title=f"Todo {i}")

    response = client.get("/api/todos?limit=2&offset=1", headers=auth_headers)

    assert response.status_code == 200
    assert len(response.json()["data"]) == 2
    assert response.json()["meta"]["has_more"] is True


def test_limit_over_max_is_rejected(client, auth_headers):
    response = client.get("/api/todos?limit=500", headers=auth_headers)

    assert response.status_code == 422


def test_user_can_see_own_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["data"]["id"]

    response = client.get(f"/api/todos/{todo_id}", headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["data"]["id"] == todo_id


def test_user_cannot_see_other_users_todo(client, auth_headers, other_user_headers):
    todo_id = create_todo(client, auth_headers).json()["data"]["id"]

    response = client.get(f"/api/todos/{todo_id}", headers=other_user_headers)

    assert response.status_code == 404


def test_missing_todo_returns_404(client, auth_headers):
    response = client.get("/api/todos/9999", headers=auth_headers)

    assert response.status_code == 404


def test_user_can_update_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["data"]["id"]

    response = client.patch(f"/api/todos/{todo_id}", json={"done": True}, headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["data"]["done"] is True
    assert response.json()["data"]["title"] == "Buy milk"


def test_user_cannot_update_other_users_todo(client, auth_headers, other_user_headers):
    todo_id = create_todo(client, auth_headers).json()["data"]["id"]

    response = client.put(f"/api/todos/{todo_id}", json={"title": "hacked"}, headers=other_user_headers)

    assert response.status_code == 404


def test_user_can_delete_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["data"]["id"]

    response = client.delete(f"/api/todos/{todo_id}", headers=auth_headers)

    assert response.status_code == 204
    assert client.get(f"/api/todos/{todo_id}", headers=auth_headers).status_code == 404
