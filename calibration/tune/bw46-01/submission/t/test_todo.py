import pytest
from fastapi.testclient import TestClient

import todo


@pytest.fixture
def c():
    todo.DB.clear()
    todo.DB.update({"users": {}, "todos": {}, "seq": 0})
    return TestClient(todo.app)


def login(c, u="alice", p="hunter22!"):
    assert c.post("/users", json={"username": u, "password": p}).status_code == 201
    r = c.post("/token", data={"username": u, "password": p})
    assert r.status_code == 200
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_signup_dup_and_bad(c):
    login(c)
    assert c.post("/users", json={"username": "Alice", "password": "x" * 8}).status_code == 409
    assert c.post("/users", json={"username": "a b", "password": "x" * 8}).status_code == 422
    assert c.post("/users", json={"username": "bob", "password": "short"}).status_code == 422


def test_login_bad(c):
    login(c)
    r = c.post("/token", data={"username": "alice", "password": "wrong-one"})
    assert r.status_code == 401
    assert "pw" not in r.text


def test_no_token(c):
    assert c.get("/todos").status_code == 401
    h = {"Authorization": "Bearer alice:9999999999:" + "0" * 64}
    assert c.get("/todos", headers=h).status_code == 401


def test_crud(c):
    h = login(c)
    r = c.post("/todos", json={"title": "  buy   milk "}, headers=h)
    assert r.status_code == 201
    t = r.json()
    assert t["title"] == "buy milk" and t["done"] is False
    assert c.get(f"/todos/{t['id']}", headers=h).json() == t
    r = c.patch(f"/todos/{t['id']}", json={"done": True}, headers=h)
    assert r.status_code == 200 and r.json()["done"] is True
    assert c.delete(f"/todos/{t['id']}", headers=h).status_code == 204
    assert c.get(f"/todos/{t['id']}", headers=h).status_code == 404


def test_bad_input(c):
    h = login(c)
    assert c.post("/todos", json={}, headers=h).status_code == 422
    assert c.post("/todos", json={"title": "   "}, headers=h).status_code == 422
    assert c.post("/todos", json={"title": "x", "done": "maybe"}, headers=h).status_code == 422
    tid = c.post("/todos", json={"title": "x"}, headers=h).json()["id"]
    assert c.patch(f"/todos/{tid}", json={"done": "yes"}, headers=h).status_code == 422
    assert c.patch(f"/todos/{tid}", json={"owner": "bob"}, headers=h).status_code == 422
    assert c.patch(f"/todos/{tid}", content=b"not json", headers=h).status_code == 422
    assert c.get("/todos/abc", headers=h).status_code == 422


def test_paging(c):
    h = login(c)
    for i in range(25):
        c.post("/todos", json={"title": f"t{i}"}, headers=h)
    assert len(c.get("/todos", headers=h).json()) == 20
    r = c.get("/todos?limit=10&offset=20", headers=h).json()
    assert [x["title"] for x in r] == ["t20", "t21", "t22", "t23", "t24"]
    assert c.get("/todos?limit=0", headers=h).status_code == 422
    assert c.get("/todos?limit=101", headers=h).status_code == 422
    assert c.get("/todos?offset=-1", headers=h).status_code == 422


def test_other_users_todos(c):
    a = login(c, "alice")
    b = login(c, "bob")
    tid = c.post("/todos", json={"title": "secret"}, headers=a).json()["id"]
    assert c.get(f"/todos/{tid}", headers=b).status_code == 404
    assert c.patch(f"/todos/{tid}", json={"done": True}, headers=b).status_code == 404
    assert c.delete(f"/todos/{tid}", headers=b).status_code == 404
    assert c.get("/todos", headers=b).json() == []
