import os
import tempfile
from collections.abc import Iterator

import pytest

_tmp = tempfile.mkdtemp(prefix="blogtest-")
os.environ["BLOG_JWT_SECRET"] = "test-only-secret-0123456789abcdef0123456789"
os.environ["BLOG_DATABASE_URL"] = f"sqlite:///{_tmp}/test.db"
os.environ["BLOG_ARGON2_TIME_COST"] = "1"
os.environ["BLOG_ARGON2_MEMORY_KIB"] = "8192"
os.environ["BLOG_ARGON2_PARALLELISM"] = "1"
os.environ["BLOG_LOGIN_JITTER_MS"] = "0"

from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402
from app.routers.auth import login_limiter  # noqa: E402


@pytest.fixture(scope="session")
def client() -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture(autouse=True)
def _reset_limiter() -> None:
    login_limiter.reset()
