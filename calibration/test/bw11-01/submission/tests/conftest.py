import os
import tempfile
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

_db_dir = tempfile.mkdtemp()
os.environ["BLOG_DATASOURCE_URL"] = f"sqlite:///{_db_dir}/test.db"
os.environ["BLOG_JWT_SECRET"] = "test-secret-for-unit-tests-only-0123456789"

from app.main import app  # noqa: E402


@pytest.fixture(scope="session")
def client() -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def auth_headers(client: TestClient) -> dict[str, str]:
    client.post("/auth/register", json={"username": "alice", "password": "password123"})
    response = client.post(
        "/auth/token", data={"username": "alice", "password": "password123"}
    )
    token = response.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}
