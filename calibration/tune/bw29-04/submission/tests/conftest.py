import os
from collections.abc import Iterator

os.environ.setdefault("BLOG_DATABASE_URL", "sqlite:///./test_blog.db")
os.environ.setdefault("BLOG_JWT_SECRET", "test-secret-test-secret-test-secret-0123")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.db import Base, engine  # noqa: E402
from app.main import app  # noqa: E402


@pytest.fixture()
def client() -> Iterator[TestClient]:
    Base.metadata.drop_all(engine)
    with TestClient(app) as c:
        yield c
    Base.metadata.drop_all(engine)


@pytest.fixture()
def auth_header(client: TestClient):
    def _make(username: str, password: str = "correct-horse") -> dict[str, str]:
        r = client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
