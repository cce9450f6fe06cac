from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import get_settings


@pytest.fixture()
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("TODO_DATABASE_PATH", str(tmp_path / "test.sqlite3"))
    monkeypatch.setenv("TODO_PBKDF2_ITERATIONS", "1000")  # keep the suite fast
    get_settings.cache_clear()

    from app.main import app

    with TestClient(app) as test_client:  # the context manager runs the lifespan (init_db)
        yield test_client
    get_settings.cache_clear()


@pytest.fixture()
def make_user(client: TestClient) -> Callable[[str, str], dict[str, str]]:
    """Register a user, log in, and return ready-to-use Authorization headers."""

    def _make(username: str = "alice", password: str = "correct-horse") -> dict[str, str]:
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _make
