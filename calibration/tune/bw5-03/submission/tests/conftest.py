from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog_api.config import Settings
from blog_api.main import create_app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'test.db'}"))
    with TestClient(app) as c:
        yield c


Login = Callable[[str], dict[str, str]]


@pytest.fixture
def login(client: TestClient) -> Login:
    def _login(username: str) -> dict[str, str]:
        creds = {"username": username, "password": "password-123"}
        assert client.post("/auth/register", json=creds).status_code == 201
        r = client.post("/auth/token", data=creds)
        assert r.status_code == 200
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login
