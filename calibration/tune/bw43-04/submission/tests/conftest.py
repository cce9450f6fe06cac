from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todoapi.config import Settings
from todoapi.main import create_app

Headers = dict[str, str]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    # scrypt_n lowered from 2**14 to keep the suite fast; verification reads n from the hash.
    return Settings(
        database_path=str(tmp_path / "test.sqlite3"),
        secret_key="t" * 32,
        token_ttl_seconds=60,
        scrypt_n=2**10,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def signup(client: TestClient) -> Callable[..., Headers]:
    """Register a user, log in, return the Authorization header."""

    def _signup(username: str = "ada", password: str = "lovelace-1815") -> Headers:
        r = client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _signup
