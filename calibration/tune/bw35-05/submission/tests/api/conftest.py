from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog.config import Settings
from blog.entrypoints.http.app import create_app

Headers = dict[str, str]


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret="test-secret-that-is-at-least-32-characters",  # type: ignore[arg-type]
        bcrypt_rounds=4,
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    def _login(username: str) -> Headers:
        password = f"{username}-password"
        assert client.post("/auth/signup", json={"username": username, "password": password}).status_code == 201
        token = client.post("/auth/token", data={"username": username, "password": password}).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    return _login
