from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todoapi.api import create_app
from todoapi.config import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(jwt_secret="x" * 48, database_path=str(tmp_path / "test.db"))


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def login(client: TestClient) -> Callable[[str], dict[str, str]]:
    def _login(username: str) -> dict[str, str]:
        password = f"{username}-password"
        assert client.post("/auth/signup", json={"username": username, "password": password}).status_code == 201
        response = client.post("/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login
