import os
from collections.abc import Iterator

os.environ.setdefault("BLOG_JWT_SECRET", "test-only-secret-0123456789abcdef0123456789")
os.environ.setdefault("BLOG_BCRYPT_ROUNDS", "4")

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from blog_api.infrastructure.database import create_db_engine, ensure_database_created, get_session
from blog_api.main import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    # One shared in-memory connection, so every session sees the same database.
    engine = create_db_engine("sqlite://", poolclass=StaticPool)
    ensure_database_created(engine)
    factory = sessionmaker(bind=engine, expire_on_commit=False)

    def override_session() -> Iterator[Session]:
        with factory() as session:
            yield session

    app.dependency_overrides[get_session] = override_session
    yield TestClient(app)
    app.dependency_overrides.clear()
    engine.dispose()


class Api:
    """Small test helper so each test reads as Arrange / Act / Assert."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def register(self, username: str, password: str = "correct-horse") -> dict:
        response = self.client.post(
            "/api/auth/register", json={"username": username, "password": password}
        )
        assert response.status_code == 201, response.text
        return response.json()

    def token_for(self, username: str, password: str = "correct-horse") -> dict[str, str]:
        self.register(username, password)
        response = self.client.post(
            "/api/auth/token", data={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def create_post(self, headers: dict[str, str], title: str = "Hello", content: str = "World") -> dict:
        response = self.client.post(
            "/api/posts", json={"title": title, "content": content}, headers=headers
        )
        assert response.status_code == 201, response.text
        return response.json()


@pytest.fixture
def api(client: TestClient) -> Api:
    return Api(client)
