import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import store  # noqa: E402
from main import app  # noqa: E402


@pytest.fixture
def client():
    # start every test with empty storage
    store.db.__init__()
    return TestClient(app)


@pytest.fixture
def make_user(client):
    def _make_user(username="alice", password="password123"):
        res = client.post("/auth/register", json={"username": username, "password": password})
        assert res.status_code == 201
        res = client.post("/auth/token", data={"username": username, "password": password})
        assert res.status_code == 200
        return {"Authorization": f"Bearer {res.json()['access_token']}"}

    return _make_user
