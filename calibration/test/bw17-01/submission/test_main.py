# run: pytest -q
# uses a temp db file, set before main is imported.

import os
import tempfile

_fd, _path = tempfile.mkstemp(suffix=".db")
os.close(_fd)
os.environ["TODO_DB"] = _path

from fastapi.testclient import TestClient  # noqa: E402

import main  # noqa: E402

cl = TestClient(main.app)
_n = 0


def new_user() -> dict:
    global _n
    _n += 1
    name = f"user{_n}"
    r = cl.post("/signup", json={"username": name, "password": "password123"})
    assert r.status_code == 201
    r = cl.post("/login", json={"username": name, "password": "password123"})
    assert r.status_code == 200
    return {"Authorization": "Bearer " + r.json()["access_token"]}


def test_signup_no_pw_in_reply():
    r = cl.post("/signup", json={"username": "zed01", "password": "password123"})
    assert r.status_code == 201
    assert "password" not in r.json()
    assert "pw" not in r.json()


def test_signup_dup():
    cl.post("/signup", json={"username": "zed02", "password": "password123"})
    r = cl.post("/signup", json={"username": "zed02", "password": "password123"})
    assert r.status_code == 409


def test_signup_short_pw():
    r = cl.post("/signup", json={"username": "zed03", "password": "x"})
    assert r.status_code == 400


def test_signup_not_json():
    r = cl.post("/signup", content=b"garbage", headers={"content-type": "application/json"})
    assert r.status_code == 400


def test_login_bad_pw():
    cl.post("/signup", json={"username": "zed04", "password": "password123"})
    r = cl.post("/login", json={"username": "zed04", "password": "wrongwrong"})
    assert r.status_code == 401


def test_no_token():
    assert cl.get("/todos").status_code == 401
    assert cl.post("/todos", json={"title": "x"}).status_code == 401


def test_bad_token():
    h = {"Authorization": "Bearer " + "0" * 64}
    assert cl.get("/todos", headers=h).status_code == 401


def test_create_get():
    h = new_user()
    r = cl.post("/todos", json={"title": "buy milk", "description": "2l"}, headers=h)
    assert r.status_code == 201
    t = r.json()
    assert t["id"] > 0 and t["done"] is False
    r = cl.get(f"/todos/{t['id']}", headers=h)
    assert r.status_code == 200
    assert r.json() == t


def test_create_bad():
    h = new_user()
    assert cl.post("/todos", json={}, headers=h).status_code == 400
    assert cl.post("/todos", json={"title": ""}, headers=h).status_code == 400
    assert cl.post("/todos", json={"title": 5}, headers=h).status_code == 400
    assert cl.post("/todos", json={"title": "a", "done": "yes"}, headers=h).status_code == 400
    assert cl.post("/todos", json=["title"], headers=h).status_code == 400
    r = cl.get("/todos", headers=h)
    assert r.json()["total"] == 0


def test_update():
    h = new_user()
    tid = cl.post("/todos", json={"title": "a"}, headers=h).json()["id"]
    r = cl.patch(f"/todos/{tid}", json={"done": True}, headers=h)
    assert r.status_code == 200
    assert r.json()["done"] is True and r.json()["title"] == "a"
    r = cl.patch(f"/todos/{tid}", json={"title": None}, headers=h)
    assert r.status_code == 400


def test_delete():
    h = new_user()
    tid = cl.post("/todos", json={"title": "a"}, headers=h).json()["id"]
    assert cl.delete(f"/todos/{tid}", headers=h).status_code == 204
    assert cl.get(f"/todos/{tid}", headers=h).status_code == 404
    assert cl.delete(f"/todos/{tid}", headers=h).status_code == 404


def test_other_user():
    a = new_user()
    b = new_user()
    tid = cl.post("/todos", json={"title": "mine"}, headers=a).json()["id"]
    assert cl.get(f"/todos/{tid}", headers=b).status_code == 404
    assert cl.patch(f"/todos/{tid}", json={"done": True}, headers=b).status_code == 404
    assert cl.delete(f"/todos/{tid}", headers=b).status_code == 404
    assert cl.get("/todos", headers=b).json()["total"] == 0


def test_missing_and_huge_id():
    h = new_user()
    assert cl.get("/todos/999999", headers=h).status_code == 404
    assert cl.get("/todos/" + "9" * 30, headers=h).status_code == 404
    assert cl.get("/todos/abc", headers=h).status_code == 422


def test_list_paging():
    h = new_user()
    for i in range(5):
        cl.post("/todos", json={"title": f"t{i}"}, headers=h)
    r = cl.get("/todos?limit=2&offset=1", headers=h)
    assert r.status_code == 200
    d = r.json()
    assert d["total"] == 5
    assert [t["title"] for t in d["items"]] == ["t1", "t2"]
    assert cl.get("/todos?limit=0", headers=h).status_code == 400
    assert cl.get("/todos?limit=101", headers=h).status_code == 400
    assert cl.get("/todos?offset=-1", headers=h).status_code == 400


def test_logout():
    h = new_user()
    assert cl.post("/logout", headers=h).status_code == 204
    assert cl.get("/todos", headers=h).status_code == 401
