"""Test fixtures.

Each test gets a brand-new SQLite file in pytest's ``tmp_path`` and a fresh
``TestClient`` (which runs the application's lifespan). The JWT secret below
exists only for the test run; the application itself has no default secret.
"""

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

os.environ.setdefault("TODO_JWT_SECRET", "test-only-secret-0123456789abcdef0123456789")

from todo_service.config import get_settings  # noqa: E402
from todo_service.main import app  # noqa: E402

PASSWORD = "s3cret-passw0rd"


@pytest.fixture
def client(tmp_path, monkeypatch) -> Iterator[TestClient]:
    """A client bound to an empty database."""
    monkeypatch.setenv("TODO_DATABASE_PATH", str(tmp_path / "test.db"))
    get_settings.cache_clear()
    with TestClient(app) as c:
        yield c
    get_settings.cache_clear()


def register_and_login(client: TestClient, username: str) -> dict[str, str]:
    """Create ``username`` and return ready-to-use auth headers."""
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    """Auth headers for user *alice*."""
    return register_and_login(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    """Auth headers for user *bob*."""
    return register_and_login(client, "bob")
