import os

# like phpunit.xml: separate database + cheap hashing for the test run
os.environ["DB_DATABASE"] = "testing.sqlite"
os.environ["BCRYPT_ROUNDS"] = "4"

import pytest
from fastapi.testclient import TestClient

from app.database import Base, engine
from app.main import app


@pytest.fixture(autouse=True)
def refresh_database():
    # RefreshDatabase trait
    Base.metadata.drop_all(bind=engine)
    Base.metadata.create_all(bind=engine)
    yield


@pytest.fixture
def client():
    return TestClient(app)


def register_and_login(client, username="john", password="secret123"):
    client.post("/api/auth/register", json={"username": username, "password": password})
    response = client.post("/api/auth/login", json={"username": username, "password": password})
    return {"Authorization": "Bearer " + response.json()["access_token"]}


@pytest.fixture
def auth_headers(client):
    return register_and_login(client)


@pytest.fixture
def other_user_headers(client):
    return register_and_login(client, "jane", "secret456")
