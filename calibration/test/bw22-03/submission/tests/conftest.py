from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app

Headers = dict[str, str]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(database=str(tmp_path / "test.db"))


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    def _login(username: str) -> Headers:
        creds = {"username": username, "password": "password123"}
        assert client.post("/auth/register", json=creds).status_code == 201
        r = client.post("/auth/token", data=creds)
        assert r.status_code == 200
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login


@pytest.fixture
def alice(login: Callable[[str], Headers]) -> Headers:
    return login("alice")


@pytest.fixture
def bob(login: Callable[[str], Headers]) -> Headers:
    return login("bob")


@pytest.fixture
def post(client: TestClient, alice: Headers) -> dict:
    r = client.post("/posts", json={"title": "Hello", "content": "First post"}, headers=alice)
    assert r.status_code == 201
    return r.json()
