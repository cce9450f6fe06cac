"""
Shared test fixtures.

Every test gets a brand-new in-memory SQLite database, so tests never
depend on each other. We swap the real database for the test one with
FastAPI's dependency_overrides.
"""
import os

# Settings are read at import time, so set them BEFORE importing the app.
os.environ.setdefault("SECRET_KEY", "test-secret-key-only-used-in-tests")
os.environ.setdefault("DATABASE_URL", "sqlite://")

from collections.abc import Callable, Generator  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from app.db.session import Base, get_db  # noqa: E402
from app.main import app  # noqa: E402


@pytest.fixture()
def db_session() -> Generator[Session, None, None]:
    # StaticPool keeps ONE connection, so the in-memory database survives
    # between the requests of a test.
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(engine)
    TestingSession = sessionmaker(bind=engine, autoflush=False)
    session = TestingSession()
    try:
        yield session
    finally:
        session.close()
        engine.dispose()


@pytest.fixture()
def client(db_session: Session) -> Generator[TestClient, None, None]:
    def override_get_db() -> Generator[Session, None, None]:
        yield db_session

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture()
def make_user(client: TestClient) -> Callable[..., dict[str, str]]:
    """Factory: sign up a user, log in, and return ready-to-use auth headers."""

    def _make_user(username: str = "alice", password: str = "password123") -> dict[str, str]:
        response = client.post("/auth/signup", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _make_user
