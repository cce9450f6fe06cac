import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import db  # noqa: E402
from main import app  # noqa: E402


@pytest.fixture
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(db, "DB_PATH", str(tmp_path / "blog.db"))
    with TestClient(app) as c:
        yield c


def register(client, username, password="password123"):
    r = client.post("/auth/signup", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
def alice(client):
    return register(client, "alice")


@pytest.fixture
def bob(client):
    return register(client, "bob")


@pytest.fixture
def post(client, alice):
    r = client.post("/posts", json={"title": "First", "content": "Hello world"}, headers=alice)
    assert r.status_code == 201
    return r.json()
