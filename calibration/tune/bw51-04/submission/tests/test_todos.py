from fastapi.testclient import TestClient

from tests.conftest import auth_headers


def test_signup_and_login(client: TestClient) -> None:
    r = client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    assert r.status_code == 201
    assert "password" not in r.text
    r = client.post("/auth/token", data={"username": "alice", "password": "wrong-pass"})
    assert r.status_code == 401


def test_todo_crud(client: TestClient) -> None:
    h = auth_headers(client)
    r = client.post("/todos", json={"title": "buy milk"}, headers=h)
    assert r.status_code == 201
    todo_id = r.json()["id"]

    r = client.patch(f"/todos/{todo_id}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True

    r = client.get("/todos", headers=h)
    assert [t["id"] for t in r.json()] == [todo_id]

    assert client.delete(f"/todos/{todo_id}", headers=h).status_code == 204
    assert client.get(f"/todos/{todo_id}", headers=h).status_code == 404


def test_requires_auth(client: TestClient) -> None:
    assert client.get("/todos").status_code == 401


def test_cannot_see_other_users_todos(client: TestClient) -> None:
    alice = auth_headers(client, "alice")
    bob = auth_headers(client, "bob")
    todo_id = client.post("/todos", json={"title": "secret"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == []


def test_limit_bounds(client: TestClient) -> None:
    h = auth_headers(client)
    assert client.get("/todos?limit=0", headers=h).status_code == 422
    assert client.get("/todos?limit=500", headers=h).status_code == 422
