import pytest
from fastapi.testclient import TestClient

from todo_api import state
from todo_api.http import app


@pytest.fixture(autouse=True)
def fresh_state():
    state.reset()
    yield
    state.reset()


@pytest.fixture
def client():
    return TestClient(app)


@pytest.fixture
def login(client):
    def go(username, password="hunter2hunter2"):
        creds = {"username": username, "password": password}
        assert client.post("/auth/register", json=creds).status_code == 201
        resp = client.post("/auth/login", json=creds)
        assert resp.status_code == 200
        return {"X-API-Key": resp.json()["api_key"]}

    return go
