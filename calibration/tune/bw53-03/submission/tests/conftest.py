from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.config import Settings
from todo_api.main import create_app

JWT_SECRET = "test-only-secret-" + "x" * 40
API = "/api/v1"

Headers = dict[str, str]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "todo-test.db"


@pytest.fixture
def settings(db_path: Path) -> Settings:
    # SQLite stands in for MySQL; bcrypt at the minimum cost keeps the suite fast.
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite+aiosqlite:///{db_path}",
        jwt_secret=JWT_SECRET,
        bcrypt_rounds=4,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def register(client: TestClient) -> Callable[..., Headers]:
    def _register(username: str, password: str = "correct horse battery") -> Headers:
        created = client.post(f"{API}/auth/register", json={"username": username, "password": password})
        assert created.status_code == 201, created.text
        token = client.post(f"{API}/auth/token", data={"username": username, "password": password})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _register


@pytest.fixture
def alice(register: Callable[..., Headers]) -> Headers:
    return register("alice")


@pytest.fixture
def bob(register: Callable[..., Headers]) -> Headers:
    return register("bob")
