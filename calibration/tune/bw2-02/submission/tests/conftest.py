import os
import tempfile
import uuid
from collections.abc import Callable, Iterator

import pytest

_tmpdir = tempfile.mkdtemp(prefix="todo-tests-")
os.environ["TODO_DATABASE_URL"] = f"sqlite+aiosqlite:///{_tmpdir}/test.db"
os.environ["TODO_JWT_SECRET"] = "test-only-secret-not-used-anywhere-else-0123456789"

from fastapi.testclient import TestClient  # noqa: E402

from app.main import app  # noqa: E402


@pytest.fixture(scope="session")
def client() -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture
def make_user(client: TestClient) -> Callable[[], dict[str, str]]:
    def _make() -> dict[str, str]:
        username = f"u_{uuid.uuid4().hex[:12]}"
        password = "correct horse battery"
        r = client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def auth(make_user: Callable[[], dict[str, str]]) -> dict[str, str]:
    return make_user()
