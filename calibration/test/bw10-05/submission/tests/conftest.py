import os
import tempfile

import pytest

os.environ.setdefault("TODO_JWT_SECRET", "t" * 48)
os.environ["TODO_DB_PATH"] = os.path.join(tempfile.mkdtemp(), "test.sqlite3")

from fastapi.testclient import TestClient  # noqa: E402

from todo_api import db, security  # noqa: E402
from todo_api.app import app  # noqa: E402


@pytest.fixture()
def client():
    with db.connect() as conn:
        conn.executescript("DROP TABLE IF EXISTS todos; DROP TABLE IF EXISTS users;")
    security.login_throttle._failures.clear()
    with TestClient(app) as c:
        yield c


def register_and_login(client, username, password="correct-horse"):
    assert client.post("/auth/register", json={"username": username, "password": password}).status_code == 201
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
