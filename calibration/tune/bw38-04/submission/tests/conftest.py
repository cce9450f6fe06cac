from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from todo_api.config import Settings
from todo_api.main import create_app

PASSWORD = "correct horse battery"

AuthHeaders = dict[str, str]


@pytest.fixture
def settings() -> Settings:
    return Settings(
        secret_key=SecretStr("test-secret-key-that-is-long-enough-for-hs256"),
        database_url="sqlite://",
        access_token_expire_minutes=5,
    )


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def signup(client: TestClient) -> Callable[[str], AuthHeaders]:
    """Create a user and return the headers to act as that user."""

    def _signup(username: str) -> AuthHeaders:
        response = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _signup


@pytest.fixture
def alice(signup: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return signup("alice")


@pytest.fixture
def bob(signup: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return signup("bob")
