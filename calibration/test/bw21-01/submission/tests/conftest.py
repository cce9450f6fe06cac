from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app

TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret=TEST_SECRET,
        access_token_ttl_minutes=5,
        bcrypt_rounds=4,  # keep the suite fast
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


AuthHeaders = dict[str, str]


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str, str], AuthHeaders]:
    def _make(username: str, password: str = "correct-horse-battery") -> AuthHeaders:
        created = client.post("/auth/register", json={"username": username, "password": password})
        assert created.status_code == 201, created.text
        token = client.post("/auth/token", data={"username": username, "password": password})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str, str], AuthHeaders]) -> AuthHeaders:
    return make_user("alice", "correct-horse-battery")


@pytest.fixture
def bob(make_user: Callable[[str, str], AuthHeaders]) -> AuthHeaders:
    return make_user("bob", "another-good-password")
