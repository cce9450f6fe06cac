import os

os.environ.setdefault("TODO_PBKDF2_ROUNDS", "1000")  # keep the suite fast

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from todo_otp.app import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    # a fresh node (Tab + supervisor) per test
    with TestClient(app) as c:
        yield c


def _login(client: TestClient, username: str, password: str = "correct horse") -> dict[str, str]:
    r = client.post("/auth/signup", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    return _login(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    return _login(client, "bob")
