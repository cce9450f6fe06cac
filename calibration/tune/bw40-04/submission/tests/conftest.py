from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import app

DEFAULT_PASSWORD = "s3cure-pass"

AuthHeaders = dict[str, str]


@pytest.fixture()
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    """A client backed by a fresh SQLite file for every test."""
    monkeypatch.setenv("TODO_DB_PATH", str(tmp_path / "test.db"))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def register(client: TestClient) -> Callable[..., AuthHeaders]:
    def _register(username: str, password: str = DEFAULT_PASSWORD) -> AuthHeaders:
        signup = client.post("/auth/signup", json={"username": username, "password": password})
        assert signup.status_code == 201, signup.text
        token = client.post("/auth/token", data={"username": username, "password": password})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _register


@pytest.fixture()
def alice(register: Callable[..., AuthHeaders]) -> AuthHeaders:
    return register("alice")


@pytest.fixture()
def bob(register: Callable[..., AuthHeaders]) -> AuthHeaders:
    return register("bob")


@pytest.fixture()
def create_todo(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _create(headers: AuthHeaders, **fields: Any) -> dict[str, Any]:
        payload = {"title": "Buy milk", **fields}
        response = client.post("/todos", json=payload, headers=headers)
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body

    return _create
