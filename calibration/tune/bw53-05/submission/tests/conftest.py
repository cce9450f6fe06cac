import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="blog-tests-"))
DB_FILE = _TMP / "test.db"
os.environ["BLOG_JWT_SECRET"] = "t" * 48
os.environ["BLOG_DATABASE_URL"] = f"sqlite+aiosqlite:///{DB_FILE}"
os.environ["BLOG_BCRYPT_ROUNDS"] = "4"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402
from app.ratelimit import reset_all  # noqa: E402

PASSWORD = "correct-horse-battery"


@pytest.fixture
def client() -> Iterator[TestClient]:
    DB_FILE.unlink(missing_ok=True)
    reset_all()
    with TestClient(app) as c:
        yield c


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    def _make(username: str) -> dict[str, str]:
        r = client.post("/auth/register", json={"username": username, "password": PASSWORD})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture
def mallory(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("mallory")
