import os

# Must be set before the app is imported (settings are read at import time).
os.environ.setdefault("SECRET_KEY", "test-secret-key-only-used-by-the-test-suite")
os.environ.setdefault("DATABASE_URL", "sqlite://")

from collections.abc import Callable, Iterator  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402
from sqlmodel import Session, SQLModel, create_engine  # noqa: E402

from app.database import get_session  # noqa: E402
from app.main import app  # noqa: E402

DEFAULT_PASSWORD = "Passw0rd!"


@pytest.fixture(name="engine")
def engine_fixture() -> Iterator[Any]:
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    SQLModel.metadata.create_all(engine)
    yield engine
    SQLModel.metadata.drop_all(engine)


@pytest.fixture(name="session")
def session_fixture(engine: Any) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@pytest.fixture(name="client")
def client_fixture(engine: Any) -> Iterator[TestClient]:
    def _get_session_override() -> Iterator[Session]:
        with Session(engine) as s:
            yield s

    app.dependency_overrides[get_session] = _get_session_override
    yield TestClient(app)
    app.dependency_overrides.clear()


@pytest.fixture
def register_user(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _register(username: str, password: str = DEFAULT_PASSWORD) -> dict[str, Any]:
        resp = client.post("/auth/register", json={"username": username, "password": password})
        assert resp.status_code == 201, resp.text
        return resp.json()

    return _register


@pytest.fixture
def login(client: TestClient) -> Callable[..., dict[str, str]]:
    def _login(username: str, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
        resp = client.post("/auth/token", data={"username": username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return _login


@pytest.fixture
def auth_headers(register_user: Callable[..., Any], login: Callable[..., Any]) -> dict[str, str]:
    register_user("alice")
    return login("alice")


@pytest.fixture
def other_headers(register_user: Callable[..., Any], login: Callable[..., Any]) -> dict[str, str]:
    register_user("mallory")
    return login("mallory")


@pytest.fixture
def create_todo(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _create(headers: dict[str, str], **overrides: Any) -> dict[str, Any]:
        payload = {"title": "Buy milk", "description": "2 litres", **overrides}
        resp = client.post("/todos", json=payload, headers=headers)
        assert resp.status_code == 201, resp.text
        return resp.json()

    return _create
