import pytest
from fastapi.testclient import TestClient

from app.main import create_app


@pytest.fixture()
def client() -> TestClient:
    return TestClient(create_app())


@pytest.fixture()
def make_user(client: TestClient):
    def _make(username: str = "alice", password: str = "hunter2hunter2") -> dict[str, str]:
        r = client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
