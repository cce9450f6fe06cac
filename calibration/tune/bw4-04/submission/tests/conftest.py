from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.config import settings
from todo_api.main import app

PASSWORD = "correct horse battery staple"


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setattr(settings, "db_path", str(tmp_path / "todo.db"))
    monkeypatch.setattr(settings, "pbkdf2_iterations", 1_000)  # fast hashing for tests only
    with TestClient(app) as c:
        yield c


def _sign_up(client: TestClient, username: str) -> tuple[str, str]:
    r = client.post("/users", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    return (username, PASSWORD)


@pytest.fixture
def alice(client: TestClient) -> tuple[str, str]:
    return _sign_up(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> tuple[str, str]:
    return _sign_up(client, "bob")


@pytest.fixture
def alice_todo(client: TestClient, alice: tuple[str, str]) -> dict:
    r = client.post("/todos", json={"title": "Buy milk", "description": "semi-skimmed"}, auth=alice)
    assert r.status_code == 201
    return r.json()
