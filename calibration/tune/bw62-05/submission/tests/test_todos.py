import pytest


def test_requires_token(client):
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401
    bad = {"Authorization": "Bearer not-a-jwt"}
    assert client.get("/todos", headers=bad).status_code == 401


def test_create_and_read(client, auth):
    h = auth()
    r = client.post("/todos", json={"title": "buy milk", "description": "2 litres"}, headers=h)
    assert r.status_code == 201
    todo = r.json()
    assert todo["id"] > 0
    assert todo["done"] is False

    r = client.get(f"/todos/{todo['id']}", headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "buy milk"


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": "ok", "done": "maybe"}, {"title": "x" * 201}],
)
def test_create_validation(client, auth, body):
    h = auth()
    assert client.post("/todos", json=body, headers=h).status_code == 422
    assert client.get("/todos", headers=h).json()["total"] == 0


def test_pagination(client, auth):
    h = auth()
    for i in range(5):
        client.post("/todos", json={"title": f"todo {i}"}, headers=h)

    r = client.get("/todos", params={"limit": 2, "offset": 1}, headers=h)
    assert r.status_code == 200
    page = r.json()
    assert page["total"] == 5
    assert [t["title"] for t in page["items"]] == ["todo 1", "todo 2"]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}])
def test_pagination_bounds(client, auth, params):
    assert client.get("/todos", params=params, headers=auth()).status_code == 422


def test_filter_done(client, auth):
    h = auth()
    t = client.post("/todos", json={"title": "a"}, headers=h).json()
    client.post("/todos", json={"title": "b"}, headers=h)
    client.patch(f"/todos/{t['id']}", json={"done": True}, headers=h)
    r = client.get("/todos", params={"done": True}, headers=h)
    assert [x["title"] for x in r.json()["items"]] == ["a"]


def test_partial_update(client, auth):
    h = auth()
    t = client.post("/todos", json={"title": "a", "description": "keep me"}, headers=h).json()
    r = client.patch(f"/todos/{t['id']}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True
    assert r.json()["description"] == "keep me"
    assert r.json()["updated_at"] is not None


def test_update_null_title_rejected(client, auth):
    h = auth()
    t = client.post("/todos", json={"title": "a"}, headers=h).json()
    assert client.patch(f"/todos/{t['id']}", json={"title": None}, headers=h).status_code == 422


def test_delete(client, auth):
    h = auth()
    t = client.post("/todos", json={"title": "a"}, headers=h).json()
    r = client.delete(f"/todos/{t['id']}", headers=h)
    assert r.status_code == 204
    assert client.get(f"/todos/{t['id']}", headers=h).status_code == 404


def test_missing_todo_404(client, auth):
    h = auth()
    assert client.get("/todos/999", headers=h).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=h).status_code == 404
    assert client.delete("/todos/999", headers=h).status_code == 404


def test_cannot_touch_other_users_todos(client, auth):
    alice = auth("alice")
    bob = auth("bob")
    t = client.post("/todos", json={"title": "alice's"}, headers=alice).json()

    assert client.get(f"/todos/{t['id']}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{t['id']}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{t['id']}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    # still there for alice
    assert client.get(f"/todos/{t['id']}", headers=alice).status_code == 200
