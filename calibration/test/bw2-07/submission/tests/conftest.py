import os
import tempfile
import uuid

import pytest

# point the app at a throwaway db before it gets imported
os.environ["BLOG_DATABASE_URL"] = "sqlite+aiosqlite:///" + os.path.join(tempfile.mkdtemp(), "test.db")
os.environ["BLOG_SECRET_KEY"] = "tests-only-secret-key-0123456789abcdef"

from fastapi.testclient import TestClient  # noqa: E402

from blog.main import app  # noqa: E402


@pytest.fixture(scope="session")
def client():
    with TestClient(app) as c:
        yield c


@pytest.fixture
def new_user(client):
    """Registers a fresh user and returns (username, auth headers)."""

    def make():
        name = "user_" + uuid.uuid4().hex[:8]
        client.post("/auth/register", json={"username": name, "password": "password123"})
        r = client.post("/auth/token", data={"username": name, "password": "password123"})
        return name, {"Authorization": "Bearer " + r.json()["access_token"]}

    return make
