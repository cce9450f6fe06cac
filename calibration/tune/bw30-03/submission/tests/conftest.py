import os

os.environ.setdefault("BLOG_SECRET_KEY", "test-secret-key-that-is-long-enough-1234567890")
os.environ.setdefault("BLOG_DATABASE_URL", "sqlite://")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402
from sqlalchemy.orm import sessionmaker  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from blog import auth  # noqa: E402
from blog.database import Base, get_db  # noqa: E402
from blog.main import app  # noqa: E402

# Hashing with 600k rounds makes the suite slow; tests don't need production cost.
auth.password_context.update(pbkdf2_sha256__default_rounds=1000)


@pytest.fixture()
def db_session():
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
    Base.metadata.create_all(engine)
    TestingSession = sessionmaker(bind=engine, autoflush=False, expire_on_commit=False)
    yield TestingSession
    Base.metadata.drop_all(engine)
    engine.dispose()


@pytest.fixture()
def client(db_session):
    def override_get_db():
        db = db_session()
        try:
            yield db
        finally:
            db.close()

    app.dependency_overrides[get_db] = override_get_db
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()


class APIClient:
    """Tiny helper in the spirit of rest_framework.test.APIClient.force_authenticate."""

    def __init__(self, client: TestClient):
        self.client = client

    def signup(self, username: str, password: str = "s3cret-pass") -> dict[str, str]:
        r = self.client.post("/api/auth/register/", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = self.client.post("/api/auth/token/", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture()
def api(client):
    return APIClient(client)


@pytest.fixture()
def alice(api):
    return api.signup("alice")


@pytest.fixture()
def bob(api):
    return api.signup("bob")
