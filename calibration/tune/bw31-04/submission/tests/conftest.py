from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from todoserve.app import create_app
from todoserve.config import Settings

PASSWORD = "correct horse battery staple"


@pytest.fixture
def settings() -> Settings:
    return Settings(
        secret_key="test-" + "x" * 40,
        database_url="sqlite+aiosqlite://",
        bcrypt_rounds=4,  # keep the suite fast; production default is 12
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Register ``username`` and return ready-to-use auth headers for it."""

    def _make(username: str) -> dict[str, str]:
        r = client.post("/auth/register", json={"username": username, "password": PASSWORD})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture
def bob(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("bob")
