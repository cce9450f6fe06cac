import os
import tempfile

os.environ["TODO_DB"] = os.path.join(tempfile.mkdtemp(), "t.db")
os.environ["TODO_SECRET"] = "0123456789abcdef0123"

from fastapi.testclient import TestClient

import todo

cl = TestClient(todo.app)


def login(name):
    cl.post("/signup", json={"username": name, "password": "password1"})
    r = cl.post("/login", json={"username": name, "password": "password1"})
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_flow():
    h = login("alice")
    r = cl.post("/todos", json={"title": "a"}, headers=h)
    assert r.status_code == 201
    tid = r.json()["id"]
    assert cl.get("/todos", headers=h).json()[0]["title"] == "a"
    r = cl.patch(f"/todos/{tid}", json={"done": True}, headers=h)
    assert r.json()["done"] is True
    assert cl.delete(f"/todos/{tid}", headers=h).status_code == 204


def test_token():
    uid = 42
    assert todo.token_check(todo.token_make(uid)) == uid
    assert todo.token_check(todo.token_make(uid) + "x") == -1
