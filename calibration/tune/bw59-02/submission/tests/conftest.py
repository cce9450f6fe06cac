import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("BLOG_JWT_SECRET", "test-secret-that-is-long-enough-for-hs256")

from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from blog.config import Settings  # noqa: E402
from blog.main import create_app  # noqa: E402


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret="x" * 48,
    )
    return create_app(settings)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


AuthHeaders = dict[str, str]


@pytest.fixture
def register(client: TestClient) -> Callable[[str], AuthHeaders]:
    def _register(username: str, password: str = "correct-horse") -> AuthHeaders:
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        token = client.post("/auth/token", data={"username": username, "password": password})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _register
