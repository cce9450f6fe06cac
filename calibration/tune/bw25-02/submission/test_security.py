import os
import tempfile

os.environ["BLOG_JWT_SECRET"] = "x" * 40
os.environ["BLOG_DB"] = os.path.join(tempfile.mkdtemp(), "test.db")

import jwt
from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def token_for(username, password="correct horse battery"):
    client.post("/auth/signup", json={"username": username, "password": password})
    r = client.post("/auth/login", data={"username": username, "password": password})
    return r.json()["access_token"]


def test_password_not_returned():
    r = client.post("/auth/signup", json={"username": "mallory", "password": "correct horse battery"})
    assert r.status_code == 201
    assert "password" not in r.text


def test_write_requires_auth():
    r = client.post("/posts", json={"title": "t", "content": "c"})
    assert r.status_code == 401


def test_forged_token_rejected():
    forged = jwt.encode({"sub": "1"}, "not-the-secret-not-the-secret-123", algorithm="HS256")
    r = client.post("/posts", json={"title": "t", "content": "c"},
                    headers={"Authorization": f"Bearer {forged}"})
    assert r.status_code == 401


def test_alg_none_rejected():
    token = jwt.encode({"sub": "1"}, None, algorithm="none")
    r = client.post("/posts", json={"title": "t", "content": "c"},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401


def test_other_user_cannot_edit_or_delete():
    alice = token_for("alice")
    bob = token_for("bob")
    r = client.post("/posts", json={"title": "mine", "content": "c"},
                    headers={"Authorization": f"Bearer {alice}"})
    pid = r.json()["id"]
    r = client.put(f"/posts/{pid}", json={"title": "pwned"}, headers={"Authorization": f"Bearer {bob}"})
    assert r.status_code == 403
    r = client.delete(f"/posts/{pid}", headers={"Authorization": f"Bearer {bob}"})
    assert r.status_code == 403


def test_login_lockout():
    client.post("/auth/signup", json={"username": "victim", "password": "correct horse battery"})
    for _ in range(5):
        client.post("/auth/login", data={"username": "victim", "password": "wrong"})
    r = client.post("/auth/login", data={"username": "victim", "password": "correct horse battery"})
    assert r.status_code == 429
