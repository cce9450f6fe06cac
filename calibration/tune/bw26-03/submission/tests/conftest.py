from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from todo_api.config import Settings
from todo_api.main import create_app

Headers = dict[str, str]


@pytest.fixture
def settings(tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(secret_key=SecretStr("test-secret-key-that-is-long-enough-32b"),
                    database_url=f"sqlite:///{tmp_path / 'test.db'}", bcrypt_rounds=4)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    def _login(username: str, password: str = "correct-horse") -> Headers:
        assert client.post("/users", json={"username": username, "password": password}).status_code == 201
        r = client.post("/token", data={"username": username, "password": password})
        assert r.status_code == 200
        return {"Authorization": f"Bearer {r.json()['access_token']}"}
    return _login


@pytest.fixture
def alice(login: Callable[[str], Headers]) -> Headers:
    return login("alice")


@pytest.fixture
def bob(login: Callable[[str], Headers]) -> Headers:
    return login("bob")
