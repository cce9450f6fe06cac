from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todoapi.config import Settings
from todoapi.main import create_app

TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        jwt_secret=TEST_SECRET,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        bcrypt_rounds=4,  # keep the suite fast; production default is 12
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


AuthHeaders = dict[str, str]


@pytest.fixture
def login(client: TestClient) -> Callable[[str], AuthHeaders]:
    def _login(username: str, password: str = "s3cret-password") -> AuthHeaders:
        created = client.post("/auth/register", json={"username": username, "password": password})
        assert created.status_code == 201, created.text
        token = client.post("/auth/token", data={"username": username, "password": password})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _login


@pytest.fixture
def alice(login: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return login("alice")


@pytest.fixture
def bob(login: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return login("bob")
