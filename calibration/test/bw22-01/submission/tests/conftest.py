from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.config import Settings
from todo_api.main import create_app

TEST_SECRET = "test-secret-" + "x" * 40

AuthHeaders = dict[str, str]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_path=tmp_path / "test.db",
        jwt_secret=TEST_SECRET,
        token_ttl=timedelta(minutes=5),
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], AuthHeaders]:
    """Register `username` and return Authorization headers for it."""

    def _make(username: str) -> AuthHeaders:
        password = f"{username}-password"
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _make
