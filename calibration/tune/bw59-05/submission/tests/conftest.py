from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.app import create_app
from todo_api.config import Settings
from todo_api.db import Todo, User, database

SECRET = "test-secret-key-that-is-at-least-32-characters-long"

AuthHeaders = dict[str, str]
MakeUser = Callable[..., AuthHeaders]


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    # One database file for the session; tables are emptied after every test.
    # (peewee keeps a connection per worker thread, so re-pointing the database at a
    # new file per test would leave stale connections behind in those threads.)
    path: Path = tmp_path_factory.mktemp("db") / "test.db"
    return Settings(secret_key=SECRET, database_path=str(path))


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client
    with database.atomic():
        Todo.delete().execute()
        User.delete().execute()


@pytest.fixture
def make_user(client: TestClient) -> MakeUser:
    def _make(username: str = "alice", password: str = "correct-horse") -> AuthHeaders:
        signup = client.post("/auth/signup", json={"username": username, "password": password})
        assert signup.status_code == 201, signup.text
        login = client.post("/auth/token", data={"username": username, "password": password})
        assert login.status_code == 200, login.text
        return {"Authorization": f"Bearer {login.json()['access_token']}"}

    return _make
