from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.config import Settings
from todo_api.main import create_app

TEST_SECRET = "test-secret-that-is-long-enough-0123456789"
PASSWORD = "correct-horse-battery"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'test.db'}",
        jwt_secret=TEST_SECRET,
        jwt_ttl_minutes=5,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


def signup_and_login(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    return signup_and_login(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    return signup_and_login(client, "bob")
