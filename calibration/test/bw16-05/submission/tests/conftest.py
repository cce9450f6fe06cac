import base64
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from todoproject.main import create_app
from todoproject.settings import Settings

PASSWORD = "s3cure-enough"


def basic(username: str, password: str) -> dict[str, str]:
    raw = base64.b64encode(f"{username}:{password}".encode()).decode()
    return {"Authorization": f"Basic {raw}"}


@pytest.fixture()
def settings(tmp_path) -> Settings:
    # Like Django's test settings: a throwaway database and a cheap password hasher.
    return Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'test.sqlite3'}", PASSWORD_HASH_ITERATIONS=1_000)


@pytest.fixture()
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture()
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Register a user, log in, and return the Authorization header for their token."""

    def _make_user(username: str) -> dict[str, str]:
        response = client.post("/auth/register", json={"username": username, "password": PASSWORD})
        assert response.status_code == 201, response.text
        response = client.post("/auth/login", headers=basic(username, PASSWORD))
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _make_user


@pytest.fixture()
def alice(make_user) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture()
def bob(make_user) -> dict[str, str]:
    return make_user("bob")
