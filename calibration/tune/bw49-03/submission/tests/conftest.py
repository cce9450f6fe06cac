from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from blog import create_app
from blog.config import TestingConfig


@pytest.fixture
def app() -> FastAPI:
    return create_app(TestingConfig)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


class AuthActions:
    def __init__(self, client: TestClient) -> None:
        self._client = client

    def register(self, username: str = "alice", password: str = "correct-horse") -> int:
        response = self._client.post(
            "/auth/register", json={"username": username, "password": password}
        )
        assert response.status_code == 201, response.text
        return response.json()["id"]

    def login(self, username: str = "alice", password: str = "correct-horse") -> dict[str, str]:
        response = self._client.post(
            "/auth/login", data={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def user(self, username: str = "alice") -> dict[str, str]:
        self.register(username)
        return self.login(username)


@pytest.fixture
def auth(client: TestClient) -> AuthActions:
    return AuthActions(client)
