from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_service.config import Settings
from todo_service.main import create_app

Headers = dict[str, str]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret="test-secret-that-is-at-least-32-characters",
        bcrypt_rounds=10,  # the minimum the config allows; keeps the suite fast
        token_ttl_seconds=600,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], Headers]:
    def _make(username: str, password: str = "correct horse battery") -> Headers:
        r = client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], Headers]) -> Headers:
    return make_user("alice")


@pytest.fixture
def bob(make_user: Callable[[str], Headers]) -> Headers:
    return make_user("bob")
