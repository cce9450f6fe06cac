import os

# Must be set before the app is imported: the app creates its tables at import time.
os.environ.setdefault("DATABASE_URL", "sqlite://")
os.environ.setdefault("SECRET_KEY", "test-secret-key-for-the-test-suite-only-0123456789")

from collections.abc import Callable, Generator  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from app.config import settings  # noqa: E402
from app.database import Base, get_db  # noqa: E402
from app.main import app  # noqa: E402
from app.rate_limit import reset_rate_limiter  # noqa: E402

DEFAULT_PASSWORD = "Sup3rSecret!"

test_engine = create_engine(
    "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
)
TestingSessionLocal = sessionmaker(bind=test_engine, autoflush=False, expire_on_commit=False)


def override_get_db() -> Generator[Session, None, None]:
    db = TestingSessionLocal()
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(autouse=True)
def fast_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the suite fast: cheap bcrypt, no artificial delays, generous rate limit."""
    monkeypatch.setattr(settings, "BCRYPT_ROUNDS", 4)
    monkeypatch.setattr(settings, "LOGIN_FAILURE_DELAY_SECONDS", 0)
    monkeypatch.setattr(settings, "RATE_LIMIT_PENALTY_SECONDS", 0)
    monkeypatch.setattr(settings, "RATE_LIMIT_REQUESTS", 10_000)
    reset_rate_limiter()


@pytest.fixture(autouse=True)
def fresh_database() -> Generator[None, None, None]:
    Base.metadata.create_all(bind=test_engine)
    yield
    Base.metadata.drop_all(bind=test_engine)


@pytest.fixture
def client() -> Generator[TestClient, None, None]:
    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture
def register_user(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _register(username: str = "alice", password: str = DEFAULT_PASSWORD) -> dict[str, Any]:
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        return response.json()

    return _register


@pytest.fixture
def login(client: TestClient) -> Callable[..., str]:
    def _login(username: str = "alice", password: str = DEFAULT_PASSWORD) -> str:
        response = client.post("/auth/login", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return response.json()["access_token"]

    return _login


@pytest.fixture
def auth_headers(
    register_user: Callable[..., dict[str, Any]], login: Callable[..., str]
) -> dict[str, str]:
    register_user("alice")
    return {"Authorization": f"Bearer {login('alice')}"}


@pytest.fixture
def other_auth_headers(
    register_user: Callable[..., dict[str, Any]], login: Callable[..., str]
) -> dict[str, str]:
    register_user("bob")
    return {"Authorization": f"Bearer {login('bob')}"}


@pytest.fixture
def create_todo(client: TestClient) -> Callable[..., dict[str, Any]]:
    def _create(headers: dict[str, str], **fields: Any) -> dict[str, Any]:
        payload = {"title": "Buy milk", **fields}
        response = client.post("/todos", json=payload, headers=headers)
        assert response.status_code == 201, response.text
        return response.json()

    return _create
