import os

# must be set before blog.config is imported
os.environ.setdefault("BLOG_PBKDF2_ITERATIONS", "1000")
os.environ.setdefault("BLOG_TOKEN_SECRET", "test-secret-0123456789abcdef0123456789")

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog import config


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setattr(config, "DB_PATH", str(tmp_path / "test.sqlite3"))
    from blog.main import app

    with TestClient(app) as c:  # runs lifespan -> creates the schema
        yield c


def make_user(client: TestClient, name: str) -> dict[str, str]:
    r = client.post("/auth/register", json={"username": name, "password": "password123"})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": name, "password": "password123"})
    assert r.status_code == 200, r.text
    return {"Authorization": "Bearer " + r.json()["access_token"]}
