from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import app
from app.routers.todos import get_store
from app.security import Accounts, get_accounts
from app.store import TodoStore


@pytest.fixture
def client() -> Iterator[TestClient]:
    """A client over fresh, empty stores so tests never see each other's data."""
    accounts, store = Accounts(), TodoStore()
    app.dependency_overrides[get_accounts] = lambda: accounts
    app.dependency_overrides[get_store] = lambda: store
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture
def login(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Register `username` and return the Authorization header for it."""

    def _login(username: str) -> dict[str, str]:
        password = f"{username}-secret-pw"
        response = client.post("/auth/register", json={"username": username, "password": password})
        assert response.status_code == 201, response.text
        response = client.post("/auth/token", data={"username": username, "password": password})
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login


@pytest.fixture
def alice(login: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return login("alice")
