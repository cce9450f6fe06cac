import pytest


def create(client, headers, **fields):
    payload = {"title": "Buy milk", **fields}
    resp = client.post("/todos", json=payload, headers=headers)
    assert resp.status_code == 201, resp.text
    return resp.json()


def test_requires_auth(client):
    assert client.get("/todos").status_code == 401
    assert client.post("/todos", json={"title": "x"}).status_code == 401
    assert client.get("/todos/1").status_code == 401
    assert client.patch("/todos/1", json={"done": True}).status_code == 401
    assert client.delete("/todos/1").status_code == 401


def test_create_and_get(client, auth):
    headers = auth.headers()
    todo = create(client, headers, description="2 litres")
    assert todo["id"]
    assert todo["done"] is False

    resp = client.get(f"/todos/{todo['id']}", headers=headers)
    assert resp.status_code == 200
    assert resp.json()["description"] == "2 litres"


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": ""}, {"title": None}, {"title": "x", "done": "maybe"}, {"title": "x" * 201}],
)
def test_create_validation(client, auth, payload):
    resp = client.post("/todos", json=payload, headers=auth.headers())
    assert resp.status_code == 422


def test_list_pagination(client, auth):
    headers = auth.headers()
    for i in range(5):
        create(client, headers, title=f"todo {i}")

    resp = client.get("/todos?limit=2&offset=2", headers=headers)
    assert resp.status_code == 200
    body = resp.json()
    assert body["total"] == 5
    assert [t["title"] for t in body["items"]] == ["todo 2", "todo 3"]


@pytest.mark.parametrize("qs", ["limit=0", "limit=101", "offset=-1", "limit=abc"])
def test_list_bad_paging(client, auth, qs):
    assert client.get(f"/todos?{qs}", headers=auth.headers()).status_code == 422


def test_list_filter_done(client, auth):
    headers = auth.headers()
    create(client, headers, title="a", done=True)
    create(client, headers, title="b")
    body = client.get("/todos?done=true", headers=headers).json()
    assert [t["title"] for t in body["items"]] == ["a"]


def test_update(client, auth):
    headers = auth.headers()
    todo = create(client, headers)
    resp = client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=headers)
    assert resp.status_code == 200
    assert resp.json()["done"] is True
    assert resp.json()["title"] == "Buy milk"


@pytest.mark.parametrize(
    "payload",
    [{"title": ""}, {"done": "yes"}, {"owner": 2}, {"description": 5}, ["done"]],
)
def test_update_validation(client, auth, payload):
    headers = auth.headers()
    todo = create(client, headers)
    resp = client.patch(f"/todos/{todo['id']}", json=payload, headers=headers)
    assert resp.status_code == 422
    assert client.get(f"/todos/{todo['id']}", headers=headers).json()["title"] == "Buy milk"


def test_update_invalid_json(client, auth):
    headers = auth.headers()
    todo = create(client, headers)
    resp = client.patch(
        f"/todos/{todo['id']}", content=b"{not json", headers={**headers, "Content-Type": "application/json"}
    )
    assert resp.status_code == 400


def test_delete(client, auth):
    headers = auth.headers()
    todo = create(client, headers)
    resp = client.delete(f"/todos/{todo['id']}", headers=headers)
    assert resp.status_code == 204
    assert client.get(f"/todos/{todo['id']}", headers=headers).status_code == 404


def test_missing_todo(client, auth):
    headers = auth.headers()
    assert client.get("/todos/999", headers=headers).status_code == 404
    assert client.patch("/todos/999", json={"done": True}, headers=headers).status_code == 404
    assert client.delete("/todos/999", headers=headers).status_code == 404


def test_cannot_touch_other_users_todos(client, auth):
    alice = auth.headers("alice")
    bob = auth.headers("bob")
    todo = create(client, alice)

    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.patch(f"/todos/{todo['id']}", json={"done": True}, headers=bob).status_code == 404
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get("/todos", headers=bob).json()["total"] == 0
    assert client.get(f"/todos/{todo['id']}", headers=alice).json()["done"] is False
