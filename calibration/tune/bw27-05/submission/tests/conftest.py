import os
from collections.abc import Generator

import pytest

os.environ["TODO_SERVICE_SECRET_KEY"] = "test-secret-key-which-is-long-enough-123"
os.environ["TODO_SERVICE_DATABASE_URL"] = "sqlite:///./test_todo_service.db"

from fastapi.testclient import TestClient  # noqa: E402

from todo_service.core.database import get_engine  # noqa: E402
from todo_service.domain.models import Base  # noqa: E402
from todo_service.main import app  # noqa: E402

API = "/api/v1"


@pytest.fixture()
def client() -> Generator[TestClient, None, None]:
    Base.metadata.drop_all(bind=get_engine())
    with TestClient(app) as test_client:
        yield test_client


def register_and_login(client: TestClient, username: str, password: str = "password123") -> dict[str, str]:
    client.post(f"{API}/auth/signup", json={"username": username, "password": password})
    response = client.post(f"{API}/auth/token", data={"username": username, "password": password})
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture()
def auth_headers(client: TestClient) -> dict[str, str]:
    return register_and_login(client, "testuser")
