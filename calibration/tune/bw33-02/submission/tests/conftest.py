import os

os.environ["DB_DATABASE"] = "database/testing.sqlite"

import pytest
from fastapi.testclient import TestClient

from app.models import Base
from app.support.facades import DB
from main import app


@pytest.fixture(autouse=True)
def refresh_database():
    Base.metadata.drop_all(DB.engine)
    Base.metadata.create_all(DB.engine)
    yield
    DB.session.remove()


@pytest.fixture
def client():
    return TestClient(app)


@pytest.fixture
def token(client):
    response = client.post("/api/register", json={"name": "taylor", "password": "password123"})
    return response.json()["token"]
