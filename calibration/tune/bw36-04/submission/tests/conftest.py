from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blogapi.app import create_app
from blogapi.settings import Settings

Headers = dict[str, str]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        jwt_secret="t" * 48,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        cors_origins=("https://blog.example",),
        token_ttl=300,
        enable_docs=False,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    def _login(username: str) -> Headers:
        pw = "correct horse battery"
        r = client.post("/auth/signup", json={"username": username, "password": pw})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": pw})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login
