from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

os.environ.setdefault("TODO_TOKEN_SECRET", "x" * 48)

from todo_api.main import app  # noqa: E402

PASSWORD = "correct horse battery"


@pytest.fixture()
def client(tmp_path, monkeypatch) -> Iterator[TestClient]:
    monkeypatch.setenv("TODO_DB_PATH", str(tmp_path / "test.db"))
    with TestClient(app) as c:
        yield c


def make_user(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = client.post("/auth/login", json={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
