import pytest
from fastapi.testclient import TestClient

from app import app

USERNAME = "qa_tester"
PASSWORD = "Test1234!"
OTHER_USERNAME = "qa_tester_2"


@pytest.fixture(scope="session")
def client():
    return TestClient(app)


def _login(client, username, password):
    # signup may fail if the user is already there, that's fine
    client.post("/signup", json={"username": username, "password": password})
    r = client.post("/login", data={"username": username, "password": password})
    return {"Authorization": "Bearer " + r.json()["access_token"]}


@pytest.fixture(scope="session")
def headers(client):
    return _login(client, USERNAME, PASSWORD)


@pytest.fixture(scope="session")
def other_headers(client):
    return _login(client, OTHER_USERNAME, PASSWORD)


@pytest.fixture
def todo_factory(client, headers):
    def create(**kwargs):
        payload = {"title": "test todo"}
        payload.update(kwargs)
        r = client.post("/todos", json=payload, headers=headers)
        assert r.status_code == 201
        return r.json()

    return create
