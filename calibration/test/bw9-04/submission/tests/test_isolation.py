"""Nobody may see or change another person's todos."""


def test_other_user_cannot_read(client, alice, bob, make_todo):
    todo = make_todo(alice)
    assert client.get(f"/todos/{todo['id']}", headers=bob).status_code == 404


def test_other_user_cannot_update(client, alice, bob, make_todo):
    todo = make_todo(alice)
    r = client.patch(f"/todos/{todo['id']}", json={"title": "hacked", "done": True}, headers=bob)
    assert r.status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=alice).json() == todo


def test_other_user_cannot_delete(client, alice, bob, make_todo):
    todo = make_todo(alice)
    assert client.delete(f"/todos/{todo['id']}", headers=bob).status_code == 404
    assert client.get(f"/todos/{todo['id']}", headers=alice).status_code == 200


def test_lists_are_separate(client, alice, bob, make_todo):
    make_todo(alice, title="alice 1")
    make_todo(alice, title="alice 2")
    make_todo(bob, title="bob 1")
    assert [t["title"] for t in client.get("/todos", headers=alice).json()] == ["alice 1", "alice 2"]
    assert [t["title"] for t in client.get("/todos", headers=bob).json()] == ["bob 1"]


def test_not_found_and_not_yours_look_the_same(client, alice, bob, make_todo):
    todo = make_todo(alice)
    theirs = client.get(f"/todos/{todo['id']}", headers=bob)
    missing = client.get("/todos/999999", headers=bob)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json() == missing.json()


def test_create_ignores_owner_in_body(client, alice, bob):
    # a client cannot create a todo on someone else's list
    r = client.post("/todos", json={"title": "sneaky", "owner_id": 1}, headers=bob)
    assert r.status_code == 201
    assert client.get("/todos", headers=alice).json() == []
