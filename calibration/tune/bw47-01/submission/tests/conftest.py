import os

os.environ.setdefault("TODO_SECRET", "test-secret-not-for-prod")

import pytest
from fastapi.testclient import TestClient

from todo_api import store
from todo_api.http import app


@pytest.fixture
def client():
    store.reset()
    return TestClient(app)


@pytest.fixture
def auth_header(client):
    client.post("/users", json={"username": "rich", "password": "simple-made-easy"})
    r = client.post("/token", data={"username": "rich", "password": "simple-made-easy"})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
