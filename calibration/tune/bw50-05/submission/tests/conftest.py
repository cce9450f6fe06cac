from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from todo_api.app import create_app
from todo_api.settings import Settings

PASSWORD = "s3cret-passw0rd"

Headers = dict[str, str]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret=SecretStr("t" * 48),
        access_token_ttl_minutes=5,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    """Sign up `username` and return bearer headers for it."""

    def _login(username: str) -> Headers:
        created = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert created.status_code == 201, created.text
        token = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _login
