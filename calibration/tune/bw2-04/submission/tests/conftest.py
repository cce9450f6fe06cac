import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

os.environ.setdefault("BLOG_DB_PATH", ":memory:")  # keep the module-level app off disk

from blogapi.app import create_app  # noqa: E402

Headers = dict[str, str]


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(tmp_path / "test.sqlite3"))) as c:
        yield c


@pytest.fixture
def signup(client: TestClient) -> Callable[[], Headers]:
    def _signup() -> Headers:
        name = "u" + uuid.uuid4().hex[:10]
        pw = "a-long-enough-password"
        assert client.post("/auth/register", json={"username": name, "password": pw}).status_code == 201
        r = client.post("/auth/token", data={"username": name, "password": pw})
        assert r.status_code == 200
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _signup
