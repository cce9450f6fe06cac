import os
import tempfile
import uuid

os.environ["BLOG_JWT_SECRET"] = "test-secret-" + uuid.uuid4().hex
os.environ["BLOG_DATABASE_URL"] = f"sqlite+aiosqlite:///{tempfile.mkdtemp()}/test.db"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402


@pytest.fixture(scope="session")
def client():
    # One client (one event loop) for the whole session; the async engine's
    # pooled connections are bound to it.
    with TestClient(app) as c:
        yield c


@pytest.fixture
def auth(client):
    """Register a fresh user and return (username, headers)."""

    def _auth():
        name = "u" + uuid.uuid4().hex[:10]
        r = client.post("/auth/register", json={"username": name, "password": "hunter2hunter2"})
        assert r.status_code == 201, r.text
        tok = client.post("/auth/token", data={"username": name, "password": "hunter2hunter2"}).json()
        return name, {"Authorization": f"Bearer {tok['access_token']}"}

    return _auth
