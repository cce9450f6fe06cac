import os
import tempfile

import pytest
from fastapi.testclient import TestClient

from blog import create_app
from blog.db import connect, init_db


@pytest.fixture
def app():
    db_fd, db_path = tempfile.mkstemp()

    app = create_app({"TESTING": True, "DATABASE": db_path, "SECRET_KEY": "test"})
    init_db(db_path)

    yield app

    os.close(db_fd)
    os.unlink(db_path)


@pytest.fixture
def client(app):
    return TestClient(app)


@pytest.fixture
def db(app):
    conn = connect(app.state.config["DATABASE"])
    yield conn
    conn.close()


class AuthActions:
    def __init__(self, client):
        self._client = client

    def register(self, username="test", password="testpass"):
        return self._client.post("/auth/register", json={"username": username, "password": password})

    def login(self, username="test", password="testpass"):
        return self._client.post("/auth/login", json={"username": username, "password": password})

    def headers(self, username="test", password="testpass"):
        self.register(username, password)
        token = self.login(username, password).json()["token"]
        return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth(client):
    return AuthActions(client)
