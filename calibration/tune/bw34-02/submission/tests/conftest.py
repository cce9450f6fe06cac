import os
import sqlite3
import tempfile

import pytest
from fastapi.testclient import TestClient

from blog import create_app
from blog.db import connect, init_db

with open(os.path.join(os.path.dirname(__file__), "data.sql"), "rb") as f:
    _data_sql = f.read().decode("utf8")


@pytest.fixture
def app():
    db_fd, db_path = tempfile.mkstemp()

    app = create_app({"TESTING": True, "DATABASE": db_path, "SECRET_KEY": "testing"})

    init_db(db_path)
    db = connect(db_path)
    db.executescript(_data_sql)
    db.close()

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
        self.headers = {}

    def login(self, username="test", password="test"):
        response = self._client.post(
            "/auth/login", data={"username": username, "password": password}
        )
        if response.status_code == 200:
            self.headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
        return response

    def logout(self):
        self.headers = {}


@pytest.fixture
def auth(client):
    return AuthActions(client)
