from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from blog.config import Settings
from blog.main import create_app

TEST_SECRET = "test-secret-key-that-is-long-enough-for-hs256"
PASSWORD = "correct-horse-battery"

Headers = dict[str, str]


@pytest.fixture
def settings() -> Settings:
    return Settings(secret_key=TEST_SECRET, database_url="sqlite://")


@pytest.fixture
def app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def register(client: TestClient) -> Callable[[str], Headers]:
    def _register(username: str) -> Headers:
        signup = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert signup.status_code == 201, signup.text
        login = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert login.status_code == 200, login.text
        return {"Authorization": f"Bearer {login.json()['access_token']}"}

    return _register


@pytest.fixture
def alice(register: Callable[[str], Headers]) -> Headers:
    return register("alice")


@pytest.fixture
def bob(register: Callable[[str], Headers]) -> Headers:
    return register("bob")


@pytest.fixture
def post(client: TestClient, alice: Headers) -> dict[str, Any]:
    response = client.post("/posts", json={"title": "Hello", "content": "First post"}, headers=alice)
    assert response.status_code == 201, response.text
    return response.json()
