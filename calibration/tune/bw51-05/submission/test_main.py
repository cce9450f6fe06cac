# test_main.py
# =====================================================
# Tests for My Awesome Todo API! 🧪
# Run them with:  pytest
# =====================================================

import uuid

from fastapi.testclient import TestClient

from main import app

# the TestClient lets us call the API without starting the server 🤩
client = TestClient(app)


def get_random_username():
    # we use a random username so the tests can run many times without
    # "Username already exists" errors ✨
    return "testuser_" + uuid.uuid4().hex[:8]


def signup_and_login():
    # helper: create a user, log in and return the headers with the token
    username = get_random_username()
    client.post("/signup", json={"username": username, "password": "password123"})
    response = client.post("/login", data={"username": username, "password": "password123"})
    token = response.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_home():
    response = client.get("/")
    assert response.status_code == 200
    assert "Welcome" in response.json()["message"]


def test_motivation():
    response = client.get("/motivation")
    assert response.status_code == 200
    assert "quote" in response.json()


def test_signup():
    username = get_random_username()
    response = client.post("/signup", json={"username": username, "password": "password123"})
    assert response.status_code == 201
    assert response.json()["username"] == username


def test_login():
    username = get_random_username()
    client.post("/signup", json={"username": username, "password": "password123"})
    response = client.post("/login", data={"username": username, "password": "password123"})
    assert response.status_code == 200
    assert "access_token" in response.json()


def test_create_todo():
    headers = signup_and_login()
    response = client.post(
        "/todos",
        json={"title": "Buy milk 🥛", "priority": 3, "tags": ["shopping", "food"]},
        headers=headers,
    )
    assert response.status_code == 201
    data = response.json()
    assert data["title"] == "Buy milk 🥛"
    assert data["tags"] == ["shopping", "food"]


def test_get_todos():
    headers = signup_and_login()
    client.post("/todos", json={"title": "Todo 1"}, headers=headers)
    client.post("/todos", json={"title": "Todo 2"}, headers=headers)
    response = client.get("/todos", headers=headers)
    assert response.status_code == 200
    assert len(response.json()) == 2


def test_update_todo():
    headers = signup_and_login()
    todo = client.post("/todos", json={"title": "Old title"}, headers=headers).json()
    response = client.put(f"/todos/{todo['id']}", json={"title": "New title"}, headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "New title"


def test_toggle_todo():
    headers = signup_and_login()
    todo = client.post("/todos", json={"title": "Toggle me"}, headers=headers).json()
    response = client.patch(f"/todos/{todo['id']}/toggle", headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] is True


def test_stats():
    headers = signup_and_login()
    client.post("/todos", json={"title": "A", "done": True}, headers=headers)
    client.post("/todos", json={"title": "B"}, headers=headers)
    response = client.get("/todos/stats", headers=headers)
    assert response.status_code == 200
    assert response.json()["total"] == 2
    assert response.json()["percent_done"] == 50.0
