from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todoapi.config import Config
from todoapi.main import create_app

TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789"


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return Config(
        db_path=str(tmp_path / "test.db"),
        jwt_secret=TEST_SECRET,
        token_ttl_seconds=60,
        bcrypt_rounds=4,  # minimum cost, keeps the suite fast
    )


@pytest.fixture
def client(cfg: Config) -> Iterator[TestClient]:
    with TestClient(create_app(cfg)) as c:
        yield c


AuthHeaders = dict[str, str]


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], AuthHeaders]:
    def _make(username: str) -> AuthHeaders:
        password = "correct-horse-battery"
        r = client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return make_user("alice")


@pytest.fixture
def bob(make_user: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return make_user("bob")
