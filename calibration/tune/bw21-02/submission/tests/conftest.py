"""Shared fixtures.

Every test gets a fresh in-memory database and a :class:`TestClient` whose
``get_db`` dependency is overridden to use it. PBKDF2 is run with a low
iteration count to keep the suite fast; ``test_security.py`` checks the
production default separately.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from blogapi import db, security
from blogapi.app import app, get_db

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lower the PBKDF2 iteration count for the duration of a test."""
    monkeypatch.setattr(security, "ITERATIONS", 1_000)


@pytest.fixture
def conn() -> Iterator[sqlite3.Connection]:
    """Yield a fresh in-memory database with the schema applied."""
    connection = db.connect(":memory:")
    yield connection
    connection.close()


@pytest.fixture
def client(conn: sqlite3.Connection) -> Iterator[TestClient]:
    """Yield a test client bound to the in-memory database."""
    app.dependency_overrides[get_db] = lambda: conn
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture
def register(client: TestClient) -> Callable[..., dict[str, str]]:
    """Return a helper that registers a user and returns auth headers."""

    def _register(username: str, password: str = PASSWORD) -> dict[str, str]:
        r = client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _register


@pytest.fixture
def alice(register: Callable[..., dict[str, str]]) -> dict[str, str]:
    """Auth headers for user ``alice``."""
    return register("alice")


@pytest.fixture
def bob(register: Callable[..., dict[str, str]]) -> dict[str, str]:
    """Auth headers for user ``bob``."""
    return register("bob")


@pytest.fixture
def post(client: TestClient, alice: dict[str, str]) -> dict[str, object]:
    """A post written by ``alice``."""
    r = client.post(
        "/posts", json={"title": "Hello", "content": "First post."}, headers=alice
    )
    assert r.status_code == 201, r.text
    return r.json()
