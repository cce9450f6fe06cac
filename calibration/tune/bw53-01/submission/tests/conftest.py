import os
from collections.abc import Iterator

# Settings are read at import time, so configure the environment first.
os.environ.setdefault("BLOG_SECRET_KEY", "test-secret-key-not-for-production")
os.environ["BLOG_DATABASE_URL"] = "sqlite://:memory:"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from blog.main import app  # noqa: E402


@pytest.fixture
def client() -> Iterator[TestClient]:
    # Entering the context runs the lifespan, which creates a fresh in-memory DB.
    with TestClient(app) as c:
        yield c


def _register_and_login(client: TestClient, username: str, password: str = "s3cret-pass") -> dict:
    resp = client.post("/auth/register", json={"username": username, "password": password})
    assert resp.status_code == 201, resp.text
    resp = client.post("/auth/token", data={"username": username, "password": password})
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict:
    return _register_and_login(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict:
    return _register_and_login(client, "bob")
