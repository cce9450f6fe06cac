from collections.abc import Iterator
from typing import Protocol

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from quill.main import create_app
from quill.settings import Settings



class RegisterFn(Protocol):
    def __call__(self, username: str, password: str = ...) -> dict[str, str]: ...


@pytest.fixture
def settings() -> Settings:
    return Settings(
        secret_key=SecretStr("test-secret-key-that-is-long-enough-for-hs256"),
        database_url="sqlite://",
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def auth_headers(client: TestClient) -> RegisterFn:
    """Register a user, log in, and return the Authorization header for them."""

    def _make(username: str, password: str = "correct horse battery") -> dict[str, str]:
        created = client.post("/auth/register", json={"username": username, "password": password})
        assert created.status_code == 201, created.text
        token = client.post("/auth/token", data={"username": username, "password": password})
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _make
