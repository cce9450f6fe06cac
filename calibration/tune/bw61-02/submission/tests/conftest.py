import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from config.database import engine
from main import app


@pytest.fixture
def client():
    # RefreshDatabase
    with engine.begin() as conn:
        conn.execute(text("SET FOREIGN_KEY_CHECKS=0"))
        conn.execute(text("TRUNCATE TABLE comments"))
        conn.execute(text("TRUNCATE TABLE posts"))
        conn.execute(text("TRUNCATE TABLE users"))
        conn.execute(text("SET FOREIGN_KEY_CHECKS=1"))
    return TestClient(app)


@pytest.fixture
def token(client):
    client.post("/api/auth/register", json={"username": "john", "password": "password123"})
    res = client.post("/api/auth/login", json={"username": "john", "password": "password123"})
    return res.json()["access_token"]
