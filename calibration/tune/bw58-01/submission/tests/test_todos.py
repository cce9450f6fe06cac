from __future__ import annotations

from .conftest import make_user


def test_crud_roundtrip(client):
    h = make_user(client, "alice")
    r = client.post("/todos", headers=h, json={"title": "buy milk"})
    assert r.status_code == 201
    todo = r.json()
    assert todo == {"id": todo["id"], "title": "buy milk", "description": None, "done": False}

    assert client.get(f"/todos/{todo['id']}", headers=h).json() == todo
    assert client.get("/todos", headers=h).json() == [todo]

    r = client.patch(f"/todos/{todo['id']}", headers=h, json={"done": True})
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["title"] == "buy milk"

    assert client.delete(f"/todos/{todo['id']}", headers=h).status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=h).status_code == 404


def test_other_users_todos_are_invisible(client):
    alice = make_user(client, "alice")
    bob = make_user(client, "bob")
    todo_id = client.post("/todos", headers=alice, json={"title": "secret"}).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo_id}", headers=bob, json={"title": "pwned"}).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == []
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "secret"


def test_validation(client):
    h = make_user(client, "alice")
    assert client.post("/todos", headers=h, json={}).status_code == 422
    assert client.post("/todos", headers=h, json={"title": ""}).status_code == 422
    assert client.post("/todos", headers=h, json={"title": "x" * 201}).status_code == 422
    assert client.post("/todos", headers=h, json={"title": "t", "done": "yes"}).status_code == 422
    assert client.post("/todos", headers=h, json={"title": "t", "owner_id": 2}).status_code == 422

    todo_id = client.post("/todos", headers=h, json={"title": "t"}).json()["id"]
    assert client.patch(f"/todos/{todo_id}", headers=h, json={"title": None}).status_code == 422
    assert client.patch(f"/todos/{todo_id}", headers=h, json={"done": None}).status_code == 422


def test_path_ids_out_of_range(client):
    h = make_user(client, "alice")
    assert client.get("/todos/0", headers=h).status_code == 422
    assert client.get(f"/todos/{2**70}", headers=h).status_code == 422
    assert client.get("/todos/abc", headers=h).status_code == 422
