from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.main import create_app
from todo_api.settings import Settings

PASSWORD = "s3cret-password"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        jwt_secret="test-secret",  # type: ignore[arg-type]
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def auth_headers(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Sign up `username` and return headers carrying a valid bearer token."""

    def _make(username: str = "alice") -> dict[str, str]:
        client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        response = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _make
