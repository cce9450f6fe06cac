"""
Tests for the Todo API.

I went through the assignment line by line and wrote at least one test for
every requirement (happy path and error path). Run with:  pytest -v
"""

import os
import tempfile

# These have to be set before main.py is imported
os.environ["SECRET_KEY"] = "secret-used-only-by-the-tests-0123456789"
os.environ["DATABASE_PATH"] = os.path.join(tempfile.mkdtemp(), "test_todos.db")

import sqlite3  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

import main  # noqa: E402

client = TestClient(main.app)


@pytest.fixture(autouse=True)
def empty_database():
    """Every test starts with empty tables."""
    conn = sqlite3.connect(main.DATABASE_PATH)
    conn.execute("DELETE FROM todos")
    conn.execute("DELETE FROM users")
    conn.commit()
    conn.close()
    yield


def sign_up(username="alice", password="password123"):
    return client.post("/users", json={"username": username, "password": password})


def log_in(username="alice", password="password123"):
    return client.post("/token", data={"username": username, "password": password})


def auth_header(username="alice", password="password123"):
    sign_up(username, password)
    token = log_in(username, password).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


# ---------------------------------------------------------------------------
# Accounts
# ---------------------------------------------------------------------------


def test_sign_up_returns_201_and_no_password():
    response = sign_up()
    assert response.status_code == 201
    assert response.json()["username"] == "alice"
    assert "password" not in response.json()
    assert "hashed_password" not in response.json()


def test_sign_up_same_username_twice_returns_409():
    sign_up()
    response = sign_up()
    assert response.status_code == 409


def test_sign_up_short_password_returns_422():
    response = sign_up(password="short")
    assert response.status_code == 422


def test_sign_up_missing_username_returns_422():
    response = client.post("/users", json={"password": "password123"})
    assert response.status_code == 422


def test_password_is_stored_hashed():
    sign_up()
    conn = sqlite3.connect(main.DATABASE_PATH)
    stored = conn.execute("SELECT hashed_password FROM users WHERE username = 'alice'").fetchone()[0]
    conn.close()
    assert stored != "password123"
    assert stored.startswith("$argon2")


def test_log_in_returns_bearer_token():
    sign_up()
    response = log_in()
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"
    assert response.json()["access_token"]


def test_log_in_wrong_password_returns_401():
    sign_up()
    response = log_in(password="wrongpassword")
    assert response.status_code == 401


def test_log_in_unknown_user_returns_401():
    response = log_in(username="nobody")
    assert response.status_code == 401


# ---------------------------------------------------------------------------
# Token required on every todo route
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/todos"),
        ("post", "/todos"),
        ("get", "/todos/1"),
        ("put", "/todos/1"),
        ("delete", "/todos/1"),
    ],
)
def test_todo_routes_without_token_return_401(method, url):
    response = client.request(method, url)
    assert response.status_code == 401


def test_invalid_token_returns_401():
    response = client.get("/todos", headers={"Authorization": "Bearer not-a-real-token"})
    assert response.status_code == 401


def test_expired_token_returns_401():
    sign_up()
    token = main.create_access_token("alice", expires_minutes=-1)
    response = client.get("/todos", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 401


# ---------------------------------------------------------------------------
# Create
# ---------------------------------------------------------------------------


def test_create_todo_returns_201_with_id():
    headers = auth_header()
    response = client.post("/todos", json={"title": "Buy milk"}, headers=headers)
    assert response.status_code == 201
    body = response.json()
    assert isinstance(body["id"], int)
    assert body["title"] == "Buy milk"
    assert body["description"] is None
    assert body["done"] is False


def test_create_todo_missing_title_returns_422():
    headers = auth_header()
    response = client.post("/todos", json={"description": "no title"}, headers=headers)
    assert response.status_code == 422


def test_create_todo_empty_title_returns_422():
    headers = auth_header()
    response = client.post("/todos", json={"title": ""}, headers=headers)
    assert response.status_code == 422


def test_create_todo_wrong_type_returns_422():
    headers = auth_header()
    response = client.post("/todos", json={"title": "ok", "done": "maybe"}, headers=headers)
    assert response.status_code == 422


def test_invalid_todo_is_not_stored():
    headers = auth_header()
    client.post("/todos", json={"title": ""}, headers=headers)
    response = client.get("/todos", headers=headers)
    assert response.json()["total"] == 0


# ---------------------------------------------------------------------------
# Read, list, pagination
# ---------------------------------------------------------------------------


def test_read_todo():
    headers = auth_header()
    todo_id = client.post("/todos", json={"title": "Read me"}, headers=headers).json()["id"]
    response = client.get(f"/todos/{todo_id}", headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Read me"


def test_read_missing_todo_returns_404():
    headers = auth_header()
    response = client.get("/todos/9999", headers=headers)
    assert response.status_code == 404


def test_list_todos_default_page():
    headers = auth_header()
    for i in range(15):
        client.post("/todos", json={"title": f"Todo {i}"}, headers=headers)
    response = client.get("/todos", headers=headers)
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 15
    assert body["limit"] == 10
    assert len(body["items"]) == 10


def test_list_todos_limit_and_offset():
    headers = auth_header()
    for i in range(5):
        client.post("/todos", json={"title": f"Todo {i}"}, headers=headers)
    response = client.get("/todos?limit=2&offset=2", headers=headers)
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Todo 2", "Todo 3"]


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "offset=-1", "limit=abc"])
def test_list_todos_bad_pagination_returns_422(query):
    headers = auth_header()
    response = client.get(f"/todos?{query}", headers=headers)
    assert response.status_code == 422


# ---------------------------------------------------------------------------
# Update
# ---------------------------------------------------------------------------


def test_update_todo():
    headers = auth_header()
    todo_id = client.post(
        "/todos", json={"title": "Old", "description": "keep me"}, headers=headers
    ).json()["id"]
    response = client.put(f"/todos/{todo_id}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json() == {"id": todo_id, "title": "Old", "description": "keep me", "done": True}


def test_update_todo_can_clear_description():
    headers = auth_header()
    todo_id = client.post(
        "/todos", json={"title": "T", "description": "remove me"}, headers=headers
    ).json()["id"]
    response = client.put(f"/todos/{todo_id}", json={"description": None}, headers=headers)
    assert response.json()["description"] is None


def test_update_missing_todo_returns_404():
    headers = auth_header()
    response = client.put("/todos/9999", json={"title": "x"}, headers=headers)
    assert response.status_code == 404


def test_update_with_empty_title_returns_422():
    headers = auth_header()
    todo_id = client.post("/todos", json={"title": "T"}, headers=headers).json()["id"]
    response = client.put(f"/todos/{todo_id}", json={"title": ""}, headers=headers)
    assert response.status_code == 422


# ---------------------------------------------------------------------------
# Delete
# ---------------------------------------------------------------------------


def test_delete_todo_returns_204():
    headers = auth_header()
    todo_id = client.post("/todos", json={"title": "Delete me"}, headers=headers).json()["id"]
    response = client.delete(f"/todos/{todo_id}", headers=headers)
    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/todos/{todo_id}", headers=headers).status_code == 404


def test_delete_missing_todo_returns_404():
    headers = auth_header()
    response = client.delete("/todos/9999", headers=headers)
    assert response.status_code == 404


# ---------------------------------------------------------------------------
# Nobody may see or change another person's todos
# ---------------------------------------------------------------------------


def test_users_cannot_see_or_change_each_others_todos():
    alice = auth_header("alice")
    bob = auth_header("bob")
    todo_id = client.post("/todos", json={"title": "Alice's"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.put(f"/todos/{todo_id}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0

    # and Alice's todo is unchanged
    response = client.get(f"/todos/{todo_id}", headers=alice)
    assert response.json()["done"] is False
