from tests.conftest import register_and_login

BASE_URL = "/api/v1/todos"


def test_create_todo_returns_201(client):
    headers = register_and_login(client, "john")
    response = client.post(BASE_URL, json={"title": "Buy milk"}, headers=headers)
    assert response.status_code == 201
    assert response.json()["id"] is not None
    assert response.json()["done"] is False


def test_create_todo_without_title_returns_422(client):
    headers = register_and_login(client, "john")
    response = client.post(BASE_URL, json={"description": "no title"}, headers=headers)
    assert response.status_code == 422


def test_todos_require_token(client):
    assert client.get(BASE_URL).status_code == 401
    assert client.get(BASE_URL, headers={"Authorization": "Bearer garbage"}).status_code == 401


def test_list_todos_is_paginated(client):
    headers = register_and_login(client, "john")
    for i in range(5):
        client.post(BASE_URL, json={"title": f"todo {i}"}, headers=headers)
    response = client.get(BASE_URL, params={"limit": 2, "offset": 1}, headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 5
    assert [t["title"] for t in body["items"]] == ["todo 1", "todo 2"]


def test_list_todos_rejects_invalid_limit(client):
    headers = register_and_login(client, "john")
    assert client.get(BASE_URL, params={"limit": 0}, headers=headers).status_code == 422
    assert client.get(BASE_URL, params={"limit": 101}, headers=headers).status_code == 422


def test_update_todo(client):
    headers = register_and_login(client, "john")
    todo_id = client.post(BASE_URL, json={"title": "Buy milk"}, headers=headers).json()["id"]
    response = client.patch(f"{BASE_URL}/{todo_id}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Buy milk"


def test_delete_todo_returns_204_then_404(client):
    headers = register_and_login(client, "john")
    todo_id = client.post(BASE_URL, json={"title": "Buy milk"}, headers=headers).json()["id"]
    assert client.delete(f"{BASE_URL}/{todo_id}", headers=headers).status_code == 204
    assert client.get(f"{BASE_URL}/{todo_id}", headers=headers).status_code == 404


def test_user_cannot_access_other_users_todo(client):
    john = register_and_login(client, "john")
    jane = register_and_login(client, "jane")
    todo_id = client.post(BASE_URL, json={"title": "John's todo"}, headers=john).json()["id"]
    assert client.get(f"{BASE_URL}/{todo_id}", headers=jane).status_code == 404
    assert client.patch(f"{BASE_URL}/{todo_id}", json={"done": True}, headers=jane).status_code == 404
    assert client.delete(f"{BASE_URL}/{todo_id}", headers=jane).status_code == 404
