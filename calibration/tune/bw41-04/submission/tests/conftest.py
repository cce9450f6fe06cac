import os
import pathlib

# Local runs default to SQLite so `make test-local` works without docker.
# CI / `make test` point DATABASE_URL at the compose Postgres instead.
os.environ.setdefault("DATABASE_URL", "sqlite+aiosqlite:///./test.db")
os.environ.setdefault("SECRET_KEY", "test-only-secret")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture(scope="session")
def client():
    if os.environ["DATABASE_URL"].startswith("sqlite"):
        pathlib.Path("test.db").unlink(missing_ok=True)

    from app.main import app

    with TestClient(app) as c:
        yield c
