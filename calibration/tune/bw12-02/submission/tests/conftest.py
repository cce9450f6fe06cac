import pytest
from fastapi.testclient import TestClient

from todoapp import create_app


@pytest.fixture
def app(tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "test-secret",
            "DATABASE_URI": f"sqlite:///{tmp_path / 'test.db'}",
        }
    )
    yield app


@pytest.fixture
def client(app):
    return TestClient(app)


class AuthActions:
    def __init__(self, client):
        self._client = client

    def register(self, username="alice", password="password123"):
        return self._client.post("/auth/register", json={"username": username, "password": password})

    def login(self, username="alice", password="password123"):
        return self._client.post("/auth/login", data={"username": username, "password": password})

    def headers(self, username="alice", password="password123"):
        self.register(username, password)
        token = self.login(username, password).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth(client):
    return AuthActions(client)
