import pytest


def test_create_returns_201_and_the_todo(client, alice):
    r = client.post(
        "/todos", json={"title": "buy milk", "description": "2 litres", "done": True}, headers=alice
    )
    assert r.status_code == 201
    body = r.json()
    assert body == {"id": body["id"], "title": "buy milk", "description": "2 litres", "done": True}
    assert isinstance(body["id"], int)


def test_create_applies_defaults(client, alice):
    body = client.post("/todos", json={"title": "buy milk"}, headers=alice).json()
    assert body["description"] == ""
    assert body["done"] is False


def test_get_returns_the_todo(client, alice, make_todo):
    todo = make_todo(alice)
    r = client.get(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 200
    assert r.json() == todo


def test_list_returns_own_todos(client, alice, make_todo):
    a = make_todo(alice, title="one")
    b = make_todo(alice, title="two")
    r = client.get("/todos", headers=alice)
    assert r.status_code == 200
    assert r.json() == [a, b]


def test_list_empty(client, alice):
    r = client.get("/todos", headers=alice)
    assert r.status_code == 200
    assert r.json() == []


@pytest.mark.parametrize(
    "change",
    [
        {"title": "buy oat milk"},
        {"description": "the barista one"},
        {"done": True},
        {"title": "x", "description": "", "done": True},
    ],
)
def test_patch_updates_only_given_fields(client, alice, make_todo, change):
    todo = make_todo(alice, description="orig")
    r = client.patch(f"/todos/{todo['id']}", json=change, headers=alice)
    assert r.status_code == 200
    expected = {**todo, **change}
    assert r.json() == expected
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == expected


def test_done_can_be_toggled_back(client, alice, make_todo):
    todo = make_todo(alice, done=True)
    r = client.patch(f"/todos/{todo['id']}", json={"done": False}, headers=alice)
    assert r.json()["done"] is False


def test_delete_returns_204_with_empty_body(client, alice, make_todo):
    todo = make_todo(alice)
    r = client.delete(f"/todos/{todo['id']}", headers=alice)
    assert r.status_code == 204
    assert r.content == b""
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 404


def test_delete_twice_is_404(client, alice, make_todo):
    todo = make_todo(alice)
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 204
    assert client.delete(f"/todos/{todo['id']}", headers=alice).status_code == 404


@pytest.mark.parametrize("todo_id", [0, -1, 999, 2**62])
@pytest.mark.parametrize("method", ["GET", "PATCH", "DELETE"])
def test_missing_todo_is_404(client, alice, method, todo_id):
    r = client.request(method, f"/todos/{todo_id}", json={"title": "x"}, headers=alice)
    assert r.status_code == 404


@pytest.mark.parametrize("todo_id", ["abc", "1.5", "1;DROP TABLE todos"])
def test_non_integer_id_is_422(client, alice, todo_id):
    assert client.get(f"/todos/{todo_id}", headers=alice).status_code == 422


def test_huge_id_does_not_500(client, alice):
    # bigger than SQLite's 64-bit integer
    r = client.get(f"/todos/{2**70}", headers=alice)
    assert r.status_code in (404, 422)


def test_ids_are_not_reused_after_delete(client, alice, make_todo):
    first = make_todo(alice)
    client.delete(f"/todos/{first['id']}", headers=alice)
    second = make_todo(alice)
    assert second["id"] != first["id"]
