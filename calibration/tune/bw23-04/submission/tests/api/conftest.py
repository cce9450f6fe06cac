"""API tests run the real routes against in-memory fakes.

The SQL adapter has its own contract tests; here we only care about HTTP:
status codes, bodies, auth and validation.
"""

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.adapters.security import JwtTokens
from app.api import dependencies as deps
from app.main import create_app
from app.settings import Settings
from tests.fakes import FixedClock, InMemoryComments, InMemoryPosts, InMemoryUsers, PlainTextHasher

Login = Callable[[str], dict[str, str]]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def app(clock: FixedClock) -> FastAPI:
    app = create_app(Settings(database_url="sqlite://", jwt_secret="test-secret-test-secret-test-secret"))
    app.state.tokens = JwtTokens("test-secret-test-secret-test-secret", timedelta(minutes=30), clock)
    users, posts, comments = InMemoryUsers(), InMemoryPosts(), InMemoryComments()
    app.dependency_overrides[deps.get_users] = lambda: users
    app.dependency_overrides[deps.get_posts] = lambda: posts
    app.dependency_overrides[deps.get_comments] = lambda: comments
    app.dependency_overrides[deps.get_hasher] = PlainTextHasher
    return app


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def login(client: TestClient) -> Login:
    def go(username: str) -> dict[str, str]:
        creds = {"username": username, "password": "red-green-refactor"}
        assert client.post("/auth/register", json=creds).status_code == 201
        token = client.post("/auth/token", data=creds).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    return go
