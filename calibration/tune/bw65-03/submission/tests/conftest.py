import os
import sys

import pytest

# must happen before the app modules are imported
os.environ.setdefault("SECRET_KEY", "test-secret")
os.environ["SQLITE_PATH"] = ":memory:"
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from fastapi.testclient import TestClient  # noqa: E402

from database import get_db  # noqa: E402
from main import app  # noqa: E402


@pytest.fixture
def client():
    with TestClient(app) as c:  # runs the lifespan -> creates tables
        yield c
    # afterEach: wipe everything
    db = get_db()
    db.execute("DELETE FROM todos")
    db.execute("DELETE FROM users")
    db.commit()


def _register_and_login(client, username: str, password: str = "password123") -> dict:
    client.post("/users/register", json={"username": username, "password": password})
    res = client.post("/users/login", data={"username": username, "password": password})
    token = res.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def auth_headers(client):
    return _register_and_login(client, "alice")


@pytest.fixture
def other_headers(client):
    return _register_and_login(client, "mallory")
