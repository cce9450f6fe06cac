import random

from fastapi.testclient import TestClient

from app import app

client = TestClient(app)

# random username so the test can run more than once on the same blog.db
username = "tester" + str(random.randint(1000, 999999))


def login():
    client.post("/register", json={"username": username, "password": "secret123"})
    r = client.post("/login", json={"username": username, "password": "secret123"})
    return r.json()["access_token"]


def test_register_and_login():
    token = login()
    assert token != ""


def test_create_and_read_post():
    token = login()
    r = client.post("/posts", json={"title": "Hello", "content": "My first post"},
                    headers={"Authorization": "Bearer " + token})
    assert r.status_code == 201
    post_id = r.json()["id"]

    r = client.get("/posts/" + str(post_id))
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_list_posts():
    r = client.get("/posts")
    assert r.status_code == 200
    assert "posts" in r.json()


def test_create_post_without_login():
    r = client.post("/posts", json={"title": "Hello", "content": "x"})
    assert r.status_code == 401


def test_comment():
    token = login()
    r = client.post("/posts", json={"title": "Post", "content": "for comments"},
                    headers={"Authorization": "Bearer " + token})
    post_id = r.json()["id"]
    r = client.post("/posts/" + str(post_id) + "/comments", json={"body": "Nice post!"},
                    headers={"Authorization": "Bearer " + token})
    assert r.status_code == 201
    r = client.get("/posts/" + str(post_id) + "/comments")
    assert len(r.json()["comments"]) == 1
