import os
import tempfile

os.environ["BLOG_DB"] = tempfile.mktemp(suffix=".db")

from fastapi.testclient import TestClient  # noqa: E402

from main import app  # noqa: E402

client = TestClient(app)


def login(name):
    client.post("/auth/register", json={"username": name, "password": "password1"})
    token = client.post("/auth/token", json={"username": name, "password": "password1"}).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_register_duplicate():
    assert client.post("/auth/register", json={"username": "dup", "password": "password1"}).status_code == 201
    assert client.post("/auth/register", json={"username": "dup", "password": "password1"}).status_code == 409


def test_bad_login():
    login("carol")
    r = client.post("/auth/token", json={"username": "carol", "password": "wrongwrong"})
    assert r.status_code == 401


def test_post_crud():
    h = login("alice")
    r = client.post("/posts", json={"title": "hi", "content": "first post"}, headers=h)
    assert r.status_code == 201
    pid = r.json()["id"]
    assert client.get(f"/posts/{pid}").json()["title"] == "hi"
    r = client.put(f"/posts/{pid}", json={"title": "hi2", "content": "edited"}, headers=h)
    assert r.status_code == 200
    assert client.delete(f"/posts/{pid}", headers=h).status_code == 204
    assert client.get(f"/posts/{pid}").status_code == 404


def test_create_needs_auth():
    assert client.post("/posts", json={"title": "x", "content": "y"}).status_code == 401


def test_create_validation():
    h = login("alice")
    assert client.post("/posts", json={"content": "no title"}, headers=h).status_code == 422


def test_cant_edit_others_post():
    h1 = login("alice")
    h2 = login("bob")
    pid = client.post("/posts", json={"title": "a", "content": "b"}, headers=h1).json()["id"]
    assert client.put(f"/posts/{pid}", json={"title": "x", "content": "y"}, headers=h2).status_code == 403
    assert client.delete(f"/posts/{pid}", headers=h2).status_code == 403


def test_comments():
    h = login("alice")
    pid = client.post("/posts", json={"title": "a", "content": "b"}, headers=h).json()["id"]
    assert client.post(f"/posts/{pid}/comments", json={"content": "nice"}, headers=h).status_code == 201
    assert len(client.get(f"/posts/{pid}/comments").json()) == 1
    assert client.post("/posts/99999/comments", json={"content": "?"}, headers=h).status_code == 404


def test_limit_too_big():
    assert client.get("/posts?limit=500").status_code == 422
