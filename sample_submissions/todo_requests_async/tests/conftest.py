from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import app
from app.store import store


@pytest.fixture
def client() -> Iterator[TestClient]:
    store.clear()
    with TestClient(app) as test_client:
        yield test_client
