import os
import tempfile
from collections.abc import Callable, Iterator

import pytest

_tmpdir = tempfile.mkdtemp(prefix="blog-tests-")
os.environ["BLOG_DATABASE_URL"] = f"sqlite:///{_tmpdir}/test.db"
os.environ["BLOG_JWT_SECRET"] = "test-only-secret-not-used-anywhere-else"
os.environ["BLOG_BCRYPT_ROUNDS"] = "4"
os.environ["BLOG_LOG_JSON"] = "false"

from fastapi.testclient import TestClient  # noqa: E402

from app.db import Base, engine  # noqa: E402
from app.main import app  # noqa: E402


@pytest.fixture()
def client() -> Iterator[TestClient]:
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    with TestClient(app) as c:
        yield c


@pytest.fixture()
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    def _make(username: str, password: str = "s3cret-pass") -> dict[str, str]:
        r = client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
