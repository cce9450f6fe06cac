import os
import sys
from pathlib import Path

# The app modules live in the project root, next to this tests/ folder.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-0123456789abcdef")
os.environ.setdefault("BCRYPT_ROUNDS", "4")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

import db  # noqa: E402
from main import app  # noqa: E402

PASSWORD = "Sup3r-secret!"


@pytest.fixture
def db_path(tmp_path, monkeypatch):
    path = tmp_path / "test.db"
    monkeypatch.setattr(db, "DB_FILE", str(path))
    return path


@pytest.fixture
def client(db_path):
    # entering the context runs the lifespan, which creates the tables
    with TestClient(app) as c:
        yield c


@pytest.fixture
def register(client):
    def _register(username, password=PASSWORD):
        return client.post("/auth/register", json={"username": username, "password": password})

    return _register


@pytest.fixture
def login(client):
    def _login(username, password=PASSWORD):
        return client.post("/auth/token", data={"username": username, "password": password})

    return _login


@pytest.fixture
def headers_for(register, login):
    def _headers_for(username):
        assert register(username).status_code == 201
        token = login(username).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    return _headers_for


@pytest.fixture
def alice(headers_for):
    return headers_for("alice")


@pytest.fixture
def bob(headers_for):
    return headers_for("bob")


@pytest.fixture
def make_todo(client):
    def _make_todo(headers, **fields):
        body = {"title": "buy milk", **fields}
        r = client.post("/todos", json=body, headers=headers)
        assert r.status_code == 201, r.text
        return r.json()

    return _make_todo
