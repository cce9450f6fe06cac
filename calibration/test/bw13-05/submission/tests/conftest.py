from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_service import create_app
from todo_service.models import MODELS
from todo_service.settings import Settings


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    db_file: Path = tmp_path_factory.mktemp("db") / "test.sqlite3"
    return Settings(database_path=str(db_file), bcrypt_rounds=4, default_page_size=5, max_page_size=10)


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    # One app per session: peewee keeps a connection per worker thread, so
    # re-pointing the database between tests would leave stale connections.
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture(autouse=True)
def clean_tables(client: TestClient) -> Iterator[None]:
    yield
    for model in reversed(MODELS):
        model.delete().execute()


@pytest.fixture
def register(client: TestClient) -> Callable[..., dict[str, str]]:
    def _register(username: str = "alice", password: str = "correct-horse") -> dict[str, str]:
        r = client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/login", json={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"X-API-Key": r.json()["api_key"]}

    return _register


@pytest.fixture
def alice(register: Callable[..., dict[str, str]]) -> dict[str, str]:
    return register("alice")


@pytest.fixture
def bob(register: Callable[..., dict[str, str]]) -> dict[str, str]:
    return register("bob")
