import fakeredis
import pytest
from fastapi.testclient import TestClient

import app as blog


@pytest.fixture
def client(monkeypatch):
    monkeypatch.setattr(blog, "r", fakeredis.FakeRedis(decode_responses=True))
    return TestClient(blog.app)


def login_as(client, name="matz"):
    client.post("/signup", json={"username": name, "password": "rubyrocks1"})
    res = client.post("/login", data={"username": name, "password": "rubyrocks1"})
    return {"Authorization": f"Bearer {res.json()['access_token']}"}


def test_index(client):
    assert client.get("/").json()["status"] == "ok"


def test_signup(client):
    res = client.post("/signup", json={"username": "dhh", "password": "rubyrocks1"})
    assert res.status_code == 201
    assert res.json()["username"] == "dhh"
    assert "password" not in res.json()


def test_create_and_list_posts(client):
    headers = login_as(client)
    res = client.post("/posts", json={"title": "Hello", "body": "First!"}, headers=headers)
    assert res.status_code == 201
    client.post("/posts", json={"title": "Again", "body": "Second"}, headers=headers)

    posts = client.get("/posts").json()
    assert [p["title"] for p in posts] == ["Again", "Hello"]


def test_comment_on_post(client):
    headers = login_as(client)
    post_id = client.post("/posts", json={"title": "Hi", "body": "there"}, headers=headers).json()["id"]
    res = client.post(f"/posts/{post_id}/comments", json={"body": "nice"}, headers=headers)
    assert res.status_code == 201
    comments = client.get(f"/posts/{post_id}/comments").json()
    assert comments[0]["body"] == "nice"


def test_create_post_requires_login(client):
    res = client.post("/posts", json={"title": "x", "body": "y"})
    assert res.status_code == 401
