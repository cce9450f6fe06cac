from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.db import db
from app.main import app

ALICE = ("alice", "alice-password")
BOB = ("bob", "bob-password1")


@pytest.fixture
def client() -> Iterator[TestClient]:
    db.reset()
    with TestClient(app) as test_client:
        for username, password in (ALICE, BOB):
            response = test_client.post("/users", json={"username": username, "password": password})
            assert response.status_code == 201
        yield test_client
