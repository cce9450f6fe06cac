"""Shared test fixtures.

Each test gets a brand-new application backed by its own SQLite file in a
temporary directory, so tests are independent and can run in any order.
"""
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.config import Settings
from todo_api.main import create_app

TEST_SECRET = "test-secret-that-is-at-least-32-characters-long"
PASSWORD = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret=TEST_SECRET,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    # Using TestClient as a context manager runs the lifespan (creates tables).
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def auth_headers(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Factory: register ``username``, log in, and return the Authorization header."""

    def _make(username: str) -> dict[str, str]:
        response = client.post("/auth/register", json={"username": username, "password": PASSWORD})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _make
