import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("JWT_SECRET", "test-secret-test-secret-test-secret-123")

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from blogapi.config.database import BaseEntity, get_db_session  # noqa: E402
from blogapi.dependencies import get_password_encoder  # noqa: E402
from blogapi.main import app  # noqa: E402
from blogapi.security.password_encoder import BCryptPasswordEncoder, PasswordEncoder  # noqa: E402

DEFAULT_PASSWORD = "Password123!"


@pytest.fixture
def client() -> Iterator[TestClient]:
    test_engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    BaseEntity.metadata.create_all(bind=test_engine)
    test_session_factory = sessionmaker(bind=test_engine, autoflush=False, expire_on_commit=False)

    def override_db_session() -> Iterator[Session]:
        session = test_session_factory()
        try:
            yield session
        finally:
            session.close()

    def override_password_encoder() -> PasswordEncoder:
        return BCryptPasswordEncoder(strength=4)  # fast hashing for tests

    app.dependency_overrides[get_db_session] = override_db_session
    app.dependency_overrides[get_password_encoder] = override_password_encoder
    yield TestClient(app)
    app.dependency_overrides.clear()
    test_engine.dispose()


def register_and_login(client: TestClient, username: str, password: str = DEFAULT_PASSWORD) -> dict[str, str]:
    response = client.post("/api/auth/register", json={"username": username, "password": password})
    assert response.status_code == 201, response.text
    response = client.post("/api/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['accessToken']}"}


def create_post(client: TestClient, headers: dict[str, str], title: str = "Title", content: str = "Content") -> int:
    response = client.post("/api/posts", json={"title": title, "content": content}, headers=headers)
    assert response.status_code == 201, response.text
    post_id: int = response.json()["id"]
    return post_id
