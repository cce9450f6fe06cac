from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient

from tests.fakes import InMemoryRepository
from todo_service.config import Settings
from todo_service.main import create_app
from todo_service.security import PasswordService

SECRET = "test-secret-0123456789abcdef-0123456789abcdef"
PASSWORD = "a-long-enough-password"

Headers = dict[str, str]


@pytest.fixture
def settings() -> Settings:
    return Settings(database_url="postgresql://unused", jwt_secret=SECRET)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def passwords() -> PasswordService:
    # Cheap argon2 parameters: the tests exercise behaviour, not cost.
    return PasswordService(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def repository() -> InMemoryRepository:
    return InMemoryRepository()


@pytest.fixture
def client(
    settings: Settings, repository: InMemoryRepository, passwords: PasswordService
) -> Iterator[TestClient]:
    app = create_app(settings, repository=repository, passwords=passwords)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def register(client: TestClient) -> Callable[[str], Headers]:
    def _register(username: str) -> Headers:
        created = client.post("/auth/register", json={"username": username, "password": PASSWORD})
        assert created.status_code == 201, created.text
        token = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _register


@pytest.fixture
def alice(register: Callable[[str], Headers]) -> Headers:
    return register("alice")


@pytest.fixture
def bob(register: Callable[[str], Headers]) -> Headers:
    return register("bob")
