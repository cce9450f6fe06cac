import os

# must be set before the app is imported
os.environ.setdefault("BLOG_SECRET_KEY", "test-secret-key-only-used-in-tests")
os.environ["BLOG_DATABASE_URL"] = "sqlite://"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from blog.database import Base, engine  # noqa: E402
from blog.main import app  # noqa: E402


@pytest.fixture(autouse=True)
def fresh_database():
    Base.metadata.drop_all(bind=engine)
    Base.metadata.create_all(bind=engine)
    yield


@pytest.fixture
def client():
    with TestClient(app) as c:
        yield c


@pytest.fixture
def make_user(client):
    """Register a user and return auth headers for them."""

    def _make_user(username: str, password: str = "password123") -> dict:
        resp = client.post("/auth/register", json={"username": username, "password": password})
        assert resp.status_code == 201, resp.text
        resp = client.post("/auth/token", data={"username": username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return _make_user


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


@pytest.fixture
def alice_post(client, alice):
    resp = client.post("/posts", json={"title": "Hello", "content": "First post"}, headers=alice)
    assert resp.status_code == 201
    return resp.json()
