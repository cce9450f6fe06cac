"""
Basic end-to-end checks of the API.

Run from the repository root:  pytest -v
"""
import os
import tempfile

# use a throw-away database and a cheap hash for the tests
_tmpdir = tempfile.mkdtemp()
os.environ["BLOG_DB_URL"] = f"sqlite:///{_tmpdir}/test.db"
os.environ["BLOG_PBKDF2_ITERATIONS"] = "1000"

import pytest
from fastapi.testclient import TestClient

from blogapi.main import app


@pytest.fixture(scope="module")
def client():
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def token(client):
    client.post("/auth/register", json={"username": "rosalind", "password": "doublehelix"})
    r = client.post("/auth/login", data={"username": "rosalind", "password": "doublehelix"})
    return r.json()["access_token"]


def auth(token):
    return {"Authorization": f"Bearer {token}"}


def test_register(client):
    r = client.post("/auth/register", json={"username": "francis", "password": "basepairs"})
    assert r.status_code == 201
    assert r.json()["username"] == "francis"
    assert "password_hash" not in r.json()


def test_login(client, token):
    assert isinstance(token, str) and len(token) > 20


def test_create_and_get_post(client, token):
    r = client.post("/posts", json={"title": "Photo 51", "content": "X-ray diffraction"}, headers=auth(token))
    assert r.status_code == 201
    post_id = r.json()["id"]

    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["title"] == "Photo 51"
    assert r.json()["n_comments"] == 0


def test_list_posts(client, token):
    for i in range(3):
        client.post("/posts", json={"title": f"sample {i}", "content": "reads"}, headers=auth(token))
    r = client.get("/posts?limit=2")
    assert r.status_code == 200
    assert len(r.json()) == 2


def test_comment(client, token):
    post_id = client.post("/posts", json={"title": "t", "content": "c"}, headers=auth(token)).json()["id"]
    r = client.post(f"/posts/{post_id}/comments", json={"content": "nice"}, headers=auth(token))
    assert r.status_code == 201
    r = client.get(f"/posts/{post_id}/comments")
    assert len(r.json()) == 1
    assert client.get(f"/posts/{post_id}").json()["n_comments"] == 1


def test_update_and_delete(client, token):
    post_id = client.post("/posts", json={"title": "draft", "content": "c"}, headers=auth(token)).json()["id"]
    r = client.put(f"/posts/{post_id}", json={"title": "final"}, headers=auth(token))
    assert r.status_code == 200
    assert r.json()["title"] == "final"
    r = client.delete(f"/posts/{post_id}", headers=auth(token))
    assert r.status_code == 204


def test_missing_post(client):
    assert client.get("/posts/99999").status_code == 404
