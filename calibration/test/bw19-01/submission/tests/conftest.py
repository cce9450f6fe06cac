import os

os.environ["BLOG_DB_PATH"] = ":memory:"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402


@pytest.fixture
def client():
    # lifespan opens a fresh in-memory db for every test
    with TestClient(app) as c:
        yield c


def _signup_and_login(client: TestClient, username: str, password: str = "s3cret-pass") -> dict:
    r = client.post("/auth/signup", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
def alice(client):
    return _signup_and_login(client, "alice")


@pytest.fixture
def bob(client):
    return _signup_and_login(client, "bob")
