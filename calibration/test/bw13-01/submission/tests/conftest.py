import pytest
from fastapi.testclient import TestClient

from app.config import get_settings


@pytest.fixture()
def client(tmp_path, monkeypatch):
    monkeypatch.setenv("TODO_DB_PATH", str(tmp_path / "test.db"))
    monkeypatch.setenv("TODO_PBKDF2_ITERATIONS", "1000")
    get_settings.cache_clear()
    from app.main import app

    with TestClient(app) as c:
        yield c
    get_settings.cache_clear()


@pytest.fixture()
def auth_headers(client):
    client.post("/auth/signup", json={"username": "alice", "password": "s3cret-pass"})
    r = client.post("/auth/login", json={"username": "alice", "password": "s3cret-pass"})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
