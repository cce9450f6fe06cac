import os
import uuid

import pytest

os.environ["SECRET_KEY"] = "test-secret-key"
os.environ["DATABASE_URL"] = "sqlite+aiosqlite:///./test.db"

if os.path.exists("test.db"):
    os.remove("test.db")

from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402


@pytest.fixture(scope="session")
def client():
    with TestClient(app) as c:
        yield c


@pytest.fixture
def user_data():
    return {"username": f"user_{uuid.uuid4().hex[:8]}", "password": "password123"}


@pytest.fixture
def token(client, user_data):
    client.post("/auth/signup", json=user_data)
    response = client.post(
        "/auth/login",
        data={"username": user_data["username"], "password": user_data["password"]},
    )
    return response.json()["access_token"]


@pytest.fixture
def auth_headers(token):
    return {"Authorization": f"Bearer {token}"}
