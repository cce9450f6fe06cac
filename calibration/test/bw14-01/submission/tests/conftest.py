from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from todo_api.app import create_app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "test.db")) as c:
        yield c


def _token(client: TestClient, username: str, password: str = "correct horse") -> str:
    assert client.post("/auth/signup", json={"username": username, "password": password}).status_code == 201
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200
    token: str = r.json()["access_token"]
    return token


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {_token(client, 'alice')}"}


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    return {"Authorization": f"Bearer {_token(client, 'bob')}"}
