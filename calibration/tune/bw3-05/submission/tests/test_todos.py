import pytest


def test_crud_roundtrip(client, make_user):
    h = make_user()
    r = client.post("/todos", json={"title": "Buy milk", "description": "2 litres"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["done"] is False and "id" in todo

    assert client.get(f"/todos/{todo['id']}", headers=h).json()["title"] == "Buy milk"

    r = client.put(f"/todos/{todo['id']}", json={"title": "Buy oat milk", "done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True

    assert client.delete(f"/todos/{todo['id']}", headers=h).status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=h).status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": None}, {"title": "ok", "done": "maybe"}, {"title": "x" * 201}],
)
def test_invalid_todo_is_422(client, make_user, body):
    assert client.post("/todos", json=body, headers=make_user()).status_code == 422


def test_cannot_touch_other_users_todos(client, make_user):
    alice = make_user("alice")
    bob = make_user("bob")
    todo_id = client.post("/todos", json={"title": "secret"}, headers=alice).json()["id"]

    assert client.get(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.put(f"/todos/{todo_id}", json={"title": "pwned"}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo_id}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json() == []
    assert client.get(f"/todos/{todo_id}", headers=alice).json()["title"] == "secret"


def test_missing_todo_is_404(client, make_user):
    h = make_user()
    assert client.get("/todos/12345", headers=h).status_code == 404
    assert client.delete("/todos/12345", headers=h).status_code == 404
    assert client.get("/todos/not-a-number", headers=h).status_code == 422


def test_pagination(client, make_user):
    h = make_user()
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=h)
    r = client.get("/todos", params={"limit": 2, "offset": 2}, headers=h)
    assert [t["title"] for t in r.json()] == ["t2", "t3"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}])
def test_pagination_bounds(client, make_user, params):
    assert client.get("/todos", params=params, headers=make_user()).status_code == 422
