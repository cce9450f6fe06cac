from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

TEST_SECRET = "test-secret-that-is-long-enough-for-hs256-signing"
os.environ.setdefault("TODO_JWT_SECRET", TEST_SECRET)

from todo_api.infrastructure.settings import AppSettings  # noqa: E402
from todo_api.main import create_app  # noqa: E402

AuthHeaders = dict[str, str]


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = AppSettings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret=TEST_SECRET,
        bcrypt_rounds=4,
    )
    app = create_app(settings)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def register_and_login(client: TestClient) -> Callable[[str, str], AuthHeaders]:
    def _register_and_login(username: str, password: str = "correct-horse-1") -> AuthHeaders:
        response = client.post(
            "/api/v1/auth/register", json={"username": username, "password": password}
        )
        assert response.status_code == 201, response.text
        token_response = client.post(
            "/api/v1/auth/token", data={"username": username, "password": password}
        )
        assert token_response.status_code == 200, token_response.text
        return {"Authorization": f"Bearer {token_response.json()['access_token']}"}

    return _register_and_login
