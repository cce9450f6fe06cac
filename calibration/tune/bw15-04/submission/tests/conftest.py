from __future__ import annotations

import os
from collections.abc import Callable, Iterator

# Must happen before todo_api.main is imported (it builds a default app at import time).
os.environ.setdefault("TODO_DATABASE_URL", "sqlite://")

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

from todo_api.config import Settings
from todo_api.db import create_schema
from todo_api.main import create_app

PASSWORD = "correct horse battery"


@pytest.fixture
def settings() -> Settings:
    return Settings(
        environment="dev",
        database_url="sqlite://",
        jwt_secret=SecretStr("x" * 48),
        access_token_ttl_seconds=300,
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings)
    # Replace the engine by a single shared in-memory connection.
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    create_schema(engine)
    app.state.engine = engine
    with TestClient(app) as c:
        yield c


@pytest.fixture
def db(client: TestClient) -> Iterator[Session]:
    with Session(client.app.state.engine) as s:  # type: ignore[attr-defined]
        yield s


AuthHeaders = dict[str, str]


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], AuthHeaders]:
    def _make(username: str) -> AuthHeaders:
        r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return make_user("alice")


@pytest.fixture
def bob(make_user: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return make_user("bob")
