import os

os.environ.setdefault("BLOG_SECRET_KEY", "test-secret-not-for-production")
os.environ.setdefault("BLOG_DATABASE_URL", "sqlite://")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402
from sqlmodel import Session, SQLModel, create_engine  # noqa: E402

from blog.db import get_session  # noqa: E402
from blog.main import app  # noqa: E402


@pytest.fixture
def client():
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    SQLModel.metadata.create_all(engine)

    def _session():
        with Session(engine) as session:
            yield session

    app.dependency_overrides[get_session] = _session
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()


@pytest.fixture
def make_user(client):
    def _make(username: str = "alice", password: str = "s3cret-pass") -> dict[str, str]:
        r = client.post("/accounts/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/accounts/token", data={"username": username, "password": password})
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
