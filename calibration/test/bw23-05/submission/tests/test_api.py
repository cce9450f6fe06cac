import os

os.environ["DB_PATH"] = ":memory:"

import pytest
from fastapi.testclient import TestClient

from src.app import app


@pytest.fixture(scope="module")
def client():
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def token(client):
    client.post("/api/auth/register", json={"username": "alice", "password": "secret123"})
    res = client.post("/api/auth/login", json={"username": "alice", "password": "secret123"})
    return res.json()["token"]


def test_health(client):
    res = client.get("/")
    assert res.status_code == 200
    assert res.json()["status"] == "ok"


def test_register(client):
    res = client.post("/api/auth/register", json={"username": "bob", "password": "secret123"})
    assert res.status_code == 201
    assert res.json()["username"] == "bob"


def test_login(client, token):
    assert token


def test_create_post(client, token):
    res = client.post(
        "/api/posts",
        json={"title": "Hello", "content": "World"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert res.status_code == 201
    assert res.json()["title"] == "Hello"
    assert res.json()["author"] == "alice"


def test_list_posts(client, token):
    res = client.get("/api/posts")
    assert res.status_code == 200
    assert len(res.json()) >= 1


def test_comment(client, token):
    post = client.get("/api/posts").json()[0]
    res = client.post(
        f"/api/posts/{post['id']}/comments",
        json={"body": "nice post"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert res.status_code == 201
    comments = client.get(f"/api/posts/{post['id']}/comments").json()
    assert comments[0]["body"] == "nice post"
