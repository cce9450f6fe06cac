import os

os.environ["PBKDF2_ITERS"] = "1000"  # keep the test run fast

from fastapi.testclient import TestClient

import todo_api

client = TestClient(todo_api.app)


def _token(name="alice", pw="correct horse"):
    client.post("/signup", json={"username": name, "password": pw})
    r = client.post("/login", json={"username": name, "password": pw})
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_full_cycle():
    h = _token()
    r = client.post("/todos", json={"title": "write thesis", "description": "chapter 3"}, headers=h)
    assert r.status_code == 201
    tid = r.json()["id"]

    r = client.get(f"/todos/{tid}", headers=h)
    assert r.status_code == 200
    assert r.json()["title"] == "write thesis"

    r = client.patch(f"/todos/{tid}", json={"done": True}, headers=h)
    assert r.json()["done"] is True

    r = client.delete(f"/todos/{tid}", headers=h)
    assert r.status_code == 204


def test_pagination():
    h = _token("bob")
    for k in range(30):
        client.post("/todos", json={"title": f"t{k}"}, headers=h)
    r = client.get("/todos?limit=10&offset=5", headers=h)
    assert r.status_code == 200
    titles = [t["title"] for t in r.json()]
    assert titles == [f"t{k}" for k in range(5, 15)]


def test_storage_grows():
    # more rows than the initial capacity of 64
    h = _token("carol")
    for k in range(150):
        client.post("/todos", json={"title": str(k)}, headers=h)
    r = client.get("/todos?limit=100&offset=100", headers=h)
    assert len(r.json()) == 50
