from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog.app import create_app
from blog.settings import Settings

AuthHeaders = dict[str, str]


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'test.sqlite3'}",
        secret_key="test-secret-key-not-for-production",
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def register(client: TestClient) -> Callable[..., AuthHeaders]:
    def _register(username: str = "alice", password: str = "s3cure-password") -> AuthHeaders:
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _register


@pytest.fixture
def alice(register: Callable[..., AuthHeaders]) -> AuthHeaders:
    return register("alice")


@pytest.fixture
def bob(register: Callable[..., AuthHeaders]) -> AuthHeaders:
    return register("bob")
