from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_service.app import create_app
from todo_service.config import Settings

PASSWORD = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # Cheap argon2 parameters keep the suite fast; production defaults are in Settings.
    return Settings(
        database_path=str(tmp_path / "test.sqlite3"),
        argon2_time_cost=1,
        argon2_memory_cost_kib=64,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def register(client: TestClient) -> Callable[..., dict]:
    def _register(username: str, password: str = PASSWORD) -> dict:
        response = client.post(
            "/auth/register", json={"username": username, "password": password}
        )
        assert response.status_code == 201, response.text
        return response.json()

    return _register


@pytest.fixture
def login(client: TestClient, register: Callable[..., dict]) -> Callable[[str], dict[str, str]]:
    """Registers `username` and returns Authorization headers for it."""

    def _login(username: str) -> dict[str, str]:
        register(username)
        response = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login


@pytest.fixture
def alice(login: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return login("alice")


@pytest.fixture
def bob(login: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return login("bob")
