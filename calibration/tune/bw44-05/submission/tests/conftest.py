import os

# Test settings: must be in place before the project is imported.
os.environ.setdefault("BLOG_SECRET_KEY", "test-secret-key-that-is-long-enough-for-hs256")
os.environ["BLOG_DATABASE_URL"] = "sqlite://"
os.environ["BLOG_ARGON2_TIME_COST"] = "1"
os.environ["BLOG_ARGON2_MEMORY_COST"] = "1024"
os.environ["BLOG_ARGON2_PARALLELISM"] = "1"

from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from config.asgi import application  # noqa: E402
from core.db import Base, get_db  # noqa: E402

test_engine = create_engine(
    "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
)
TestingSession = sessionmaker(bind=test_engine, autoflush=False, expire_on_commit=False)

AuthHeaders = dict[str, str]


@pytest.fixture(autouse=True)
def _database() -> Iterator[None]:
    Base.metadata.create_all(test_engine)
    yield
    Base.metadata.drop_all(test_engine)


@pytest.fixture
def client() -> Iterator[TestClient]:
    def _get_test_db() -> Iterator[Session]:
        with TestingSession() as session:
            yield session

    application.dependency_overrides[get_db] = _get_test_db
    with TestClient(application) as c:
        yield c
    application.dependency_overrides.clear()


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], AuthHeaders]:
    def _make(username: str, password: str = "s3cure-passw0rd") -> AuthHeaders:
        r = client.post("/api/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/api/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return make_user("alice")


@pytest.fixture
def bob(make_user: Callable[[str], AuthHeaders]) -> AuthHeaders:
    return make_user("bob")


@pytest.fixture
def post_id(client: TestClient, alice: AuthHeaders) -> int:
    r = client.post("/api/posts", json={"title": "Hello", "content": "First post."}, headers=alice)
    assert r.status_code == 201, r.text
    return int(r.json()["id"])
