from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.platform.config import Settings

SECRET = "test-only-signing-key-" + "k" * 32
PASSWORD = "correct-horse-battery"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}", jwt_secret=SECRET)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def login_headers(client: TestClient, username: str) -> dict[str, str]:
    created = client.post("/api/v1/identity/users", json={"username": username, "password": PASSWORD})
    assert created.status_code == 201, created.text
    token = client.post("/api/v1/identity/token", data={"username": username, "password": PASSWORD})
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    return login_headers(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    return login_headers(client, "bob")
