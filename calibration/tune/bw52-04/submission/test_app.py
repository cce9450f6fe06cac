import uuid

from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def make_user():
    name = "user_" + uuid.uuid4().hex[:8]
    client.post("/signup", json={"username": name, "password": "pw123"})
    r = client.post("/login", json={"username": name, "password": "pw123"})
    return name, {"Authorization": "Bearer " + r.json()["access_token"]}


def test_signup_and_login():
    name = "user_" + uuid.uuid4().hex[:8]
    r = client.post("/signup", json={"username": name, "password": "pw123"})
    assert r.status_code == 201
    r = client.post("/login", json={"username": name, "password": "pw123"})
    assert r.status_code == 200
    assert "access_token" in r.json()


def test_create_and_read_post():
    name, headers = make_user()
    r = client.post("/posts", json={"title": "hello", "content": "first post"}, headers=headers)
    assert r.status_code == 201
    post_id = r.json()["post_id"]

    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["author"] == name

    r = client.get("/posts")
    assert r.status_code == 200
    assert len(r.json()) > 0


def test_comments():
    name, headers = make_user()
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers).json()["post_id"]
    r = client.post(f"/posts/{post_id}/comments", json={"text": "nice"}, headers=headers)
    assert r.status_code == 201
    r = client.get(f"/posts/{post_id}/comments")
    assert r.json()[0]["text"] == "nice"


def test_stats():
    r = client.get("/stats")
    assert r.status_code == 200
