from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

_DB_DIR = tempfile.mkdtemp(prefix="blogapi-tests-")
os.environ["BLOG_JWT_SECRET"] = "test-secret-" + "x" * 40
os.environ["BLOG_DATABASE_URL"] = f"sqlite:///{Path(_DB_DIR) / 'test.db'}"
# Cheap Argon2 parameters so the suite runs in seconds.
os.environ["BLOG_ARGON2_TIME_COST"] = "1"
os.environ["BLOG_ARGON2_MEMORY_KIB"] = "8"
os.environ["BLOG_ARGON2_PARALLELISM"] = "1"
os.environ["BLOG_LOGIN_MAX_ATTEMPTS"] = "3"

from fastapi.testclient import TestClient  # noqa: E402

from blogapi import ratelimit  # noqa: E402
from blogapi.db import Base, get_engine  # noqa: E402
from blogapi.main import app  # noqa: E402

PASSWORD = "correct horse battery"


@pytest.fixture()
def client() -> Iterator[TestClient]:
    engine = get_engine()
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    ratelimit.reset()
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture()
def register(client: TestClient) -> Callable[[str], dict[str, str]]:
    def _register(username: str) -> dict[str, str]:
        resp = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert resp.status_code == 201, resp.text
        token = client.post(
            "/auth/token", data={"username": username, "password": PASSWORD}
        ).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    return _register
