import os

# Settings are read at import time, so the environment must be ready first.
os.environ["DATABASE_URL"] = "sqlite://"
os.environ["SECRET_KEY"] = "test-only-secret-key-0123456789abcdefghijklmnop"
os.environ["CORS_ORIGINS"] = "[]"

from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine, event  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from blog.database import Base, get_db  # noqa: E402
from blog.main import app  # noqa: E402

engine = create_engine(
    "sqlite://",
    connect_args={"check_same_thread": False},
    poolclass=StaticPool,
)


@event.listens_for(engine, "connect")
def _enable_foreign_keys(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


TestingSessionLocal = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)


def _override_get_db() -> Iterator[Session]:
    db = TestingSessionLocal()
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(autouse=True)
def _database() -> Iterator[None]:
    Base.metadata.create_all(engine)
    yield
    Base.metadata.drop_all(engine)


@pytest.fixture
def client() -> Iterator[TestClient]:
    app.dependency_overrides[get_db] = _override_get_db
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Register a user and return the Authorization header for them."""

    def _make(username: str, password: str = "correct-horse-42") -> dict[str, str]:
        r = client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture
def bob(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("bob")


@pytest.fixture
def post_id(client: TestClient, alice: dict[str, str]) -> int:
    r = client.post("/posts", json={"title": "Hello", "content": "First post."}, headers=alice)
    assert r.status_code == 201, r.text
    return r.json()["id"]
