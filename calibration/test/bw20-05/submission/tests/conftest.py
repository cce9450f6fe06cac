import base64
import os
import sqlite3
import tempfile

import pytest
from fastapi.testclient import TestClient

from blog import create_app
from blog.db import init_db

with open(os.path.join(os.path.dirname(__file__), "data.sql"), "rb") as f:
    _data_sql = f.read().decode("utf8")


@pytest.fixture
def app():
    db_fd, db_path = tempfile.mkstemp()

    app = create_app({"TESTING": True, "DATABASE": db_path, "SECRET_KEY": "test"})

    init_db()
    conn = sqlite3.connect(db_path)
    conn.executescript(_data_sql)
    conn.close()

    yield app

    os.close(db_fd)
    os.unlink(db_path)


@pytest.fixture
def client(app):
    return TestClient(app)


@pytest.fixture
def db_path(app):
    from blog.globals import config

    return config["DATABASE"]


class AuthActions:
    def __init__(self, client):
        self._client = client
        self.headers = {}

    def get_token(self, username="test", password="test"):
        credentials = base64.b64encode(f"{username}:{password}".encode()).decode()
        return self._client.post("/auth/token", headers={"Authorization": f"Basic {credentials}"})

    def login(self, username="test", password="test"):
        response = self.get_token(username, password)
        self.headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
        return self.headers


@pytest.fixture
def auth(client):
    return AuthActions(client)
