from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from todo_api.config import Settings
from todo_api.main import create_app

Headers = dict[str, str]
TEST_SECRET = "test-secret-key-long-enough-for-hmac-sha256"


@pytest.fixture
def client() -> Iterator[TestClient]:
    """A client for a brand-new app, so every test starts with an empty store."""
    app = create_app(Settings(secret_key=TEST_SECRET, token_ttl_minutes=5))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def register_and_login(client: TestClient) -> Callable[[str], Headers]:
    def _register_and_login(username: str, password: str = "s3cret-password") -> Headers:
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _register_and_login


@pytest.fixture
def alice(register_and_login: Callable[[str], Headers]) -> Headers:
    return register_and_login("alice")


@pytest.fixture
def bob(register_and_login: Callable[[str], Headers]) -> Headers:
    return register_and_login("bob")
