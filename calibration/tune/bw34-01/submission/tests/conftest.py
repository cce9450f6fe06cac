from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from todo_api.config import Settings
from todo_api.main import create_app


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        secret_key=SecretStr("test-secret-key-that-is-at-least-32-chars"),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


AuthHeaders = dict[str, str]


@pytest.fixture
def register(client: TestClient) -> Callable[[str, str], AuthHeaders]:
    def _register(username: str, password: str = "correct horse battery") -> AuthHeaders:
        r = client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _register


@pytest.fixture
def alice(register: Callable[[str, str], AuthHeaders]) -> AuthHeaders:
    return register("alice", "correct horse battery")


@pytest.fixture
def bob(register: Callable[[str, str], AuthHeaders]) -> AuthHeaders:
    return register("bob", "another good password")
