import os

os.environ["BLOG_DB"] = ":memory:"

from fastapi.testclient import TestClient  # noqa: E402

from blog import app  # noqa: E402

c = TestClient(app)


def _auth(name: str) -> dict:
    c.post("/users", json={"username": name, "password": "hunter2hunter2"})
    r = c.post("/token", data={"username": name, "password": "hunter2hunter2"})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_post_roundtrip():
    h = _auth("gauss")
    r = c.post("/posts", json={"title": "Disquisitiones", "content": "mod p"}, headers=h)
    assert r.status_code == 201
    pid = r.json()["id"]
    assert c.get(f"/posts/{pid}").json()["author"] == "gauss"
    r = c.post(f"/posts/{pid}/comments", json={"content": "nice"}, headers=h)
    assert r.status_code == 201
    assert len(c.get(f"/posts/{pid}/comments").json()) == 1


def test_only_author_edits():
    h, k = _auth("euler"), _auth("bernoulli")
    pid = c.post("/posts", json={"title": "e", "content": "2.718"}, headers=h).json()["id"]
    assert c.patch(f"/posts/{pid}", json={"title": "pi"}, headers=k).status_code == 403
    assert c.delete(f"/posts/{pid}", headers=h).status_code == 204


def test_write_needs_token():
    assert c.post("/posts", json={"title": "x", "content": "y"}).status_code == 401
