import os
from collections.abc import Callable, Iterator

# Like phpunit.xml: the test suite runs on SQLite, not on the MySQL from .env.
os.environ["DATABASE_URL"] = "sqlite+aiosqlite:///./testing.sqlite"
os.environ["APP_KEY"] = "testing-only-key-not-used-anywhere-else"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402

PASSWORD = "correct-horse-battery"


@pytest.fixture
def client() -> Iterator[TestClient]:
    """RefreshDatabase: each test starts with an empty database."""
    if os.path.exists("testing.sqlite"):
        os.remove("testing.sqlite")
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def acting_as(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Register + log in a user and return the Authorization header (like actingAs())."""

    def _acting_as(username: str = "taylor") -> dict[str, str]:
        client.post("/api/auth/register", json={"username": username, "password": PASSWORD})
        response = client.post(
            "/api/auth/login", data={"username": username, "password": PASSWORD}
        )
        assert response.status_code == 200
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _acting_as
