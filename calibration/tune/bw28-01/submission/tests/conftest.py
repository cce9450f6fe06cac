import os
import tempfile
from collections.abc import Iterator

os.environ.setdefault("BLOG_JWT_SECRET_KEY", "test-secret-key-with-at-least-32-characters!")
os.environ.setdefault("BLOG_DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bootstrap.db")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from app.config.database import BaseEntity, get_db_session  # noqa: E402
from app.main import app  # noqa: E402


@pytest.fixture
def client() -> Iterator[TestClient]:
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    BaseEntity.metadata.create_all(bind=engine)
    factory = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)

    def override_session() -> Iterator[Session]:
        session = factory()
        try:
            yield session
        finally:
            session.close()

    app.dependency_overrides[get_db_session] = override_session
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()
    engine.dispose()


def register_and_login(client: TestClient, username: str, password: str = "password123") -> dict[str, str]:
    response = client.post("/api/v1/auth/register", json={"username": username, "password": password})
    assert response.status_code == 201, response.text
    response = client.post("/api/v1/auth/login", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
def author_headers(client: TestClient) -> dict[str, str]:
    return register_and_login(client, "author")


@pytest.fixture
def other_headers(client: TestClient) -> dict[str, str]:
    return register_and_login(client, "intruder")
