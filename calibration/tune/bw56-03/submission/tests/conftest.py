import os

os.environ.setdefault("APP_KEY", "base64:testing-key-not-for-production-use-0123456789")
os.environ["DB_URL"] = "sqlite:///./testing.sqlite"

import pytest
from fastapi.testclient import TestClient

from app.database import Base, engine
from app.main import app


@pytest.fixture(autouse=True)
def refresh_database():
    Base.metadata.drop_all(bind=engine)
    Base.metadata.create_all(bind=engine)
    yield


@pytest.fixture
def client():
    with TestClient(app) as c:
        yield c


@pytest.fixture
def acting_as(client):
    def _acting_as(username="taylor", password="password123"):
        client.post("/api/auth/register", json={"username": username, "password": password})
        response = client.post("/api/auth/login", data={"username": username, "password": password})
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _acting_as
