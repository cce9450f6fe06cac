from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from inkwell.app import create_app
from inkwell.config import Settings

from .helpers import PASSWORD, Headers


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        secret_key="test-secret-key-that-is-long-enough-0123456789",
        database_path=str(tmp_path / "inkwell-test.sqlite3"),
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    """Register ``username`` (if needed), log in and return bearer auth headers."""

    def _login(username: str) -> Headers:
        client.post("/auth/register", json={"username": username, "password": PASSWORD})
        response = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login


@pytest.fixture
def make_post(client: TestClient) -> Callable[..., dict[str, object]]:
    def _make_post(
        headers: Headers, title: str = "Hello", content: str = "World"
    ) -> dict[str, object]:
        payload = {"title": title, "content": content}
        response = client.post("/posts", json=payload, headers=headers)
        assert response.status_code == 201, response.text
        body: dict[str, object] = response.json()
        return body

    return _make_post
