import os
from collections.abc import Iterator

os.environ.setdefault("TODO_JWT_SECRET", "test-secret-test-secret-test-secret-0123")
os.environ["TODO_DATABASE_URL"] = "sqlite:///./test_todo.db"
os.environ["TODO_BCRYPT_ROUNDS"] = "4"

import pytest
from fastapi.testclient import TestClient

from app.db import Base, engine
from app.main import app


@pytest.fixture()
def client() -> Iterator[TestClient]:
    Base.metadata.drop_all(engine)
    with TestClient(app) as c:
        yield c
    Base.metadata.drop_all(engine)


def _token(client: TestClient, username: str, password: str = "correct-horse") -> dict[str, str]:
    r = client.post("/auth/signup", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture()
def alice(client: TestClient) -> dict[str, str]:
    return _token(client, "alice")


@pytest.fixture()
def bob(client: TestClient) -> dict[str, str]:
    return _token(client, "bob")
