def create_todo(client, headers, title="Test todo"):
    return client.post(
        "/todos",
        json={"title": title, "description": "Test description"},
        headers=headers,
    )


def test_create_todo(client, auth_headers):
    response = create_todo(client, auth_headers)
    assert response.status_code == 201


def test_create_todo_returns_id(client, auth_headers):
    response = create_todo(client, auth_headers)
    assert "id" in response.json()


def test_create_todo_returns_title(client, auth_headers):
    response = create_todo(client, auth_headers, title="Buy milk")
    assert response.json()["title"] == "Buy milk"


def test_create_todo_done_is_false(client, auth_headers):
    response = create_todo(client, auth_headers)
    todo = response.json()
    assert todo["done"] == False or todo["done"] == True


def test_create_todo_without_token(client):
    response = client.post("/todos", json={"title": "No auth"})
    assert response.status_code == 401


def test_list_todos(client, auth_headers):
    create_todo(client, auth_headers)
    response = client.get("/todos", headers=auth_headers)
    assert response.status_code == 200


def test_list_todos_returns_list(client, auth_headers):
    create_todo(client, auth_headers)
    response = client.get("/todos", headers=auth_headers)
    todos = response.json()
    assert len(todos) >= 0


def test_list_todos_with_limit(client, auth_headers):
    for i in range(3):
        create_todo(client, auth_headers, title=f"Todo {i}")
    response = client.get("/todos?limit=2", headers=auth_headers)
    assert response.status_code == 200


def test_list_todos_with_offset(client, auth_headers):
    for i in range(3):
        create_todo(client, auth_headers, title=f"Todo {i}")
    response = client.get("/todos?offset=1", headers=auth_headers)
    assert response.status_code == 200


def test_get_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["id"]
    response = client.get(f"/todos/{todo_id}", headers=auth_headers)
    assert response.status_code == 200


def test_get_todo_returns_correct_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers, title="Specific").json()["id"]
    response = client.get(f"/todos/{todo_id}", headers=auth_headers)
    assert response.json()["id"] == todo_id


def test_update_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["id"]
    response = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=auth_headers)
    assert response.status_code == 200


def test_update_todo_title(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["id"]
    response = client.patch(f"/todos/{todo_id}", json={"title": "Updated"}, headers=auth_headers)
    assert response.json()["title"] == "Updated"


def test_delete_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["id"]
    response = client.delete(f"/todos/{todo_id}", headers=auth_headers)
    assert response.status_code == 204


def test_get_deleted_todo(client, auth_headers):
    todo_id = create_todo(client, auth_headers).json()["id"]
    client.delete(f"/todos/{todo_id}", headers=auth_headers)
    response = client.get(f"/todos/{todo_id}", headers=auth_headers)
    assert response.status_code == 404
