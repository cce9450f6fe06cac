"""Test configuration.

By default the suite runs against a throw-away SQLite file through the same
`databases` code paths. To run it against PostgreSQL instead:

    docker compose up -d db
    DATABASE_URL=postgresql://todo:todo@localhost:5432/todo pytest
"""
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator

_TMP_DIR = tempfile.mkdtemp(prefix="todo-tests-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_TMP_DIR}/test.db")
os.environ.setdefault("JWT_SECRET", "test-only-secret-" + uuid.uuid4().hex)

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402

PASSWORD = "correct horse battery"


@pytest.fixture()
def client() -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def new_username() -> Callable[[], str]:
    # Usernames are unique per test so the suite can share one database
    # (and can be pointed at a long-lived PostgreSQL instance).
    return lambda: "user_" + uuid.uuid4().hex[:12]


@pytest.fixture()
def auth_headers(client: TestClient, new_username: Callable[[], str]) -> Callable[[], dict[str, str]]:
    def _make() -> dict[str, str]:
        username = new_username()
        response = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _make
