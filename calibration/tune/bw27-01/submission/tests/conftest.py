import os

os.environ.setdefault("TODO_JWT_SECRET", "test-secret-not-for-prod-0123456789abcdef")
os.environ.setdefault("TODO_DATABASE_URL", "sqlite:///./test_todo.db")

import pytest
from fastapi.testclient import TestClient

from app.db import Base, engine
from app.main import app


@pytest.fixture()
def client():
    Base.metadata.drop_all(engine)
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def auth_headers(client):
    client.post("/auth/signup", json={"username": "alice", "password": "correct-horse"})
    r = client.post("/auth/token", data={"username": "alice", "password": "correct-horse"})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
