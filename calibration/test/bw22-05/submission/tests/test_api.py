"""
End-to-end tests against a real PostgreSQL (no mocks: the constraints and
indexes are part of what is being tested).

    docker compose up -d db
    export DATABASE_URL=postgresql://blog:blog@localhost:5432/blog
    pytest

WARNING: truncates all tables in that database.
"""
import os

import pytest

if "DATABASE_URL" not in os.environ:
    pytest.skip("DATABASE_URL not set", allow_module_level=True)

from fastapi.testclient import TestClient

from blogapi.db import pool
from blogapi.main import app


@pytest.fixture(scope="module")
def client():
    with TestClient(app) as c:
        with pool.connection() as conn:
            conn.execute("TRUNCATE comment, post, session_token, app_user RESTART IDENTITY CASCADE")
        yield c


@pytest.fixture(scope="module")
def token(client):
    client.post("/auth/register", json={"username": "alice", "password": "password123"})
    r = client.post("/auth/token", data={"username": "alice", "password": "password123"})
    return r.json()["access_token"]


def test_register(client):
    r = client.post("/auth/register", json={"username": "bob", "password": "password123"})
    assert r.status_code == 201
    assert r.json()["username"] == "bob"


def test_login(client):
    r = client.post("/auth/token", data={"username": "bob", "password": "password123"})
    assert r.status_code == 200
    assert r.json()["token_type"] == "bearer"


def test_create_and_get_post(client, token):
    r = client.post("/posts", json={"title": "Hello", "content": "First post"},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 201
    post = r.json()
    assert post["author"] == "alice"

    r = client.get(f"/posts/{post['id']}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"


def test_list_posts(client):
    r = client.get("/posts")
    assert r.status_code == 200
    assert len(r.json()) >= 1


def test_comment(client, token):
    post_id = client.get("/posts").json()[0]["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"body": "Nice post"},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 201

    r = client.get(f"/posts/{post_id}/comments")
    assert r.status_code == 200
    assert r.json()[0]["body"] == "Nice post"


def test_update_and_delete_post(client, token):
    headers = {"Authorization": f"Bearer {token}"}
    post_id = client.post("/posts", json={"title": "Draft", "content": "..."}, headers=headers).json()["id"]

    r = client.put(f"/posts/{post_id}", json={"title": "Final", "content": "Done"}, headers=headers)
    assert r.status_code == 200
    assert r.json()["title"] == "Final"

    r = client.delete(f"/posts/{post_id}", headers=headers)
    assert r.status_code == 204
