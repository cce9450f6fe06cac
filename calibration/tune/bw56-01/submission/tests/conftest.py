from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from todoml.main import create_app

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db_file = tmp_path_factory.mktemp("db") / "todos.sqlite3"
    with TestClient(create_app(str(db_file))) as c:
        yield c


def register(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture(scope="module")
def alice(client: TestClient) -> dict[str, str]:
    return register(client, "alice")


@pytest.fixture(scope="module")
def bob(client: TestClient) -> dict[str, str]:
    return register(client, "bob")
