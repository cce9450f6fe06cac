import os

# Settings are read at import time of app.db, so set them before importing the app.
os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-used-anywhere-else")
os.environ.setdefault("DATABASE_URL", "sqlite://")

from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from app.db import Base, get_db  # noqa: E402
from app.main import app  # noqa: E402


@pytest.fixture()
def client() -> Iterator[TestClient]:
    """A fresh in-memory database per test (like transactional fixtures)."""
    engine = create_engine(
        "sqlite://",
        connect_args={"check_same_thread": False},
        poolclass=StaticPool,
    )
    Base.metadata.create_all(engine)
    TestingSession = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)

    def override_get_db() -> Iterator[Session]:
        db = TestingSession()
        try:
            yield db
        finally:
            db.close()

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()
    engine.dispose()


# --- factories ------------------------------------------------------------------


@pytest.fixture()
def make_user(client: TestClient) -> Callable[..., dict[str, str]]:
    """Register a user and return auth headers for them."""

    def _make(username: str = "alice", password: str = "correct-horse") -> dict[str, str]:
        r = client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture()
def alice(make_user) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture()
def bob(make_user) -> dict[str, str]:
    return make_user("bob")


@pytest.fixture()
def make_post(client: TestClient) -> Callable[..., dict]:
    def _make(headers: dict[str, str], title: str = "Hello", content: str = "World") -> dict:
        r = client.post("/posts", json={"title": title, "content": content}, headers=headers)
        assert r.status_code == 201, r.text
        return r.json()

    return _make
