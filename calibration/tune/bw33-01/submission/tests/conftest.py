from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from todo_actors.api import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    # the context manager runs the lifespan, i.e. spawns a fresh actor system per test
    with TestClient(app) as c:
        yield c


def _signup_and_login(client: TestClient, username: str, password: str = "s3cret-pass") -> dict[str, str]:
    r = client.post("/auth/register", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    return _signup_and_login(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    return _signup_and_login(client, "bob")
