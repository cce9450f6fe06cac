from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from inkwell.app import create_app
from inkwell.config import Settings

PASSWORD = "correct horse battery staple"

AuthHeaders = dict[str, str]


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'inkwell-test.db'}",
        jwt_secret="t" * 40,
        token_ttl=timedelta(minutes=5),
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def register(client: TestClient) -> Callable[[str], AuthHeaders]:
    """Sign a user up, log them in, and return their Authorization header."""

    def _register(username: str) -> AuthHeaders:
        created = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert created.status_code == 201, created.text
        token = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _register


@pytest.fixture
def alice(register: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return register("alice")


@pytest.fixture
def bob(register: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return register("bob")
