from todo_api import core


def test_sign_up_and_log_in(client):
    r = client.post("/users", json={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 201
    r = client.post("/token", data={"username": "alice", "password": "correct-horse"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_create_and_read(client, auth_header):
    r = client.post("/todos", json={"title": "hammock time"}, headers=auth_header)
    assert r.status_code == 201
    todo = r.json()
    assert todo == {"id": 1, "title": "hammock time", "description": None, "done": False}
    r = client.get(f"/todos/{todo['id']}", headers=auth_header)
    assert r.json() == todo


def test_list_and_page(client, auth_header):
    for i in range(5):
        client.post("/todos", json={"title": f"t{i}"}, headers=auth_header)
    r = client.get("/todos?limit=2&offset=1", headers=auth_header)
    assert [t["title"] for t in r.json()] == ["t1", "t2"]


def test_patch_merges(client, auth_header):
    client.post("/todos", json={"title": "x"}, headers=auth_header)
    r = client.patch("/todos/1", json={"done": True}, headers=auth_header)
    assert r.json()["done"] is True
    assert r.json()["title"] == "x"


def test_delete(client, auth_header):
    client.post("/todos", json={"title": "x"}, headers=auth_header)
    r = client.delete("/todos/1", headers=auth_header)
    assert r.status_code == 204


def test_core_is_pure():
    s0 = {"users": {}, "todos": {}, "next-id": 1}
    s1 = core.add_todo(s0, "a", {"title": "t"})
    assert s0["todos"] == {}
    assert core.newest(s1)["title"] == "t"
