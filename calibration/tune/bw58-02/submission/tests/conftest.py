import os

os.environ["BLOG_DATABASE_URL"] = "sqlite:///./test_blog.db"

import pytest
from fastapi.testclient import TestClient

from blog_api.application import app
from blog_api.database import BaseEntity, engine


@pytest.fixture
def client():
    BaseEntity.metadata.drop_all(bind=engine)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def auth_headers(client):
    client.post("/api/auth/signup", json={"username": "john", "password": "password123"})
    response = client.post("/api/auth/login", data={"username": "john", "password": "password123"})
    token = response.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}
