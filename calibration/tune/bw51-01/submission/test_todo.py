import os
import tempfile

os.environ["TODO_SECRET"] = "test-secret"
os.environ["TODO_DB"] = os.path.join(tempfile.mkdtemp(), "test.db")

from fastapi.testclient import TestClient  # noqa: E402

import todo  # noqa: E402

c = TestClient(todo.app)


def test_token_roundtrip():
    tok = todo.mint(7)
    assert todo.check(tok) == 7
    assert todo.check(tok[:-1] + ("0" if tok[-1] != "0" else "1")) is None


def test_flow():
    r = c.post("/signup", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 201
    r = c.post("/login", json={"username": "alice", "password": "hunter2hunter2"})
    assert r.status_code == 200
    h = {"Authorization": "Bearer " + r.json()["access_token"]}

    r = c.post("/todos", json={"title": "write tests", "description": "some"}, headers=h)
    assert r.status_code == 201
    tid = r.json()["id"]

    r = c.get("/todos", headers=h)
    assert r.status_code == 200
    assert [t["id"] for t in r.json()] == [tid]

    r = c.put(f"/todos/{tid}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True

    r = c.delete(f"/todos/{tid}", headers=h)
    assert r.status_code == 204
    r = c.get(f"/todos/{tid}", headers=h)
    assert r.status_code == 404
