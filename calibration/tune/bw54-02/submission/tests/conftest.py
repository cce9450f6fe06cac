import os

# must be set before blog_api is imported (config is read at import time)
os.environ.setdefault("SECRET_KEY", "test-secret-key")
os.environ["DATABASE_URL"] = "sqlite://"

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from blog_api.app import create_app
from blog_api.database import Base, get_db


@pytest.fixture()
def client():
    engine = create_engine(
        "sqlite://",
        connect_args={"check_same_thread": False},
        poolclass=StaticPool,
    )
    TestingSession = sessionmaker(bind=engine, autocommit=False, autoflush=False)
    Base.metadata.create_all(bind=engine)

    app = create_app()

    def override_get_db():
        db = TestingSession()
        try:
            yield db
        finally:
            db.close()

    app.dependency_overrides[get_db] = override_get_db

    with TestClient(app) as test_client:
        yield test_client

    Base.metadata.drop_all(bind=engine)
    engine.dispose()


@pytest.fixture()
def login(client):
    """Register a user (if needed) and return auth headers for them."""

    def _login(username: str = "alice", password: str = "correct-horse") -> dict[str, str]:
        client.post("/auth/register", json={"username": username, "password": password})
        resp = client.post("/auth/token", data={"username": username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return _login


@pytest.fixture()
def make_post(client):
    def _make_post(headers: dict[str, str], title: str = "Hello", content: str = "World") -> dict:
        resp = client.post("/posts", json={"title": title, "content": content}, headers=headers)
        assert resp.status_code == 201, resp.text
        return resp.json()

    return _make_post
