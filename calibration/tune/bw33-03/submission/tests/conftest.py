from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from blog.api import app
from blog.world import world


@pytest.fixture
def client() -> Iterator[TestClient]:
    world.reset()
    with TestClient(app) as c:
        yield c


def make_user(client: TestClient, name: str) -> dict[str, str]:
    r = client.post("/auth/register", json={"username": name, "password": "hunter2hunter2"})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": name, "password": "hunter2hunter2"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    return make_user(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    return make_user(client, "bob")
