"""Shared test fixtures: a fresh in-memory database and an API client for every test."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from app.database import Base, get_db
from app.main import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(bind=engine)
    TestingSession = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)

    def override_get_db() -> Iterator[Session]:
        db = TestingSession()
        try:
            yield db
        finally:
            db.close()

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


def sign_up_and_in(client: TestClient, username: str = "ada", password: str = "supersecret") -> dict[str, str]:
    """Create an account and return the headers needed to act as that user."""
    client.post("/auth/register", json={"username": username, "password": password})
    response = client.post("/auth/token", data={"username": username, "password": password})
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
def ada(client: TestClient) -> dict[str, str]:
    return sign_up_and_in(client, "ada")


@pytest.fixture
def grace(client: TestClient) -> dict[str, str]:
    return sign_up_and_in(client, "grace")
