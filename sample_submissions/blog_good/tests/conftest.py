from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import app
from app.security import Accounts, get_accounts
from app.store import BlogStore, get_store

Headers = dict[str, str]


@pytest.fixture
def client() -> Iterator[TestClient]:
    """A client over fresh stores, so tests never see each other's data."""
    accounts, store = Accounts(), BlogStore()
    app.dependency_overrides[get_accounts] = lambda: accounts
    app.dependency_overrides[get_store] = lambda: store
    with TestClient(app) as test_client:
        yield test_client
    app.dependency_overrides.clear()


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    def _login(username: str) -> Headers:
        credentials = {"username": username, "password": f"{username}-password"}
        assert client.post("/auth/register", json=credentials).status_code == 201
        response = client.post("/auth/login", json=credentials)
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _login


@pytest.fixture
def alice(login: Callable[[str], Headers]) -> Headers:
    return login("alice")


@pytest.fixture
def bob(login: Callable[[str], Headers]) -> Headers:
    return login("bob")
