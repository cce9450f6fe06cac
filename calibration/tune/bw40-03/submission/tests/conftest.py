import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

_DB_PATH = Path(tempfile.mkdtemp(prefix="blog_api_test_")) / "test.db"
os.environ["BLOG_DATABASE_URL"] = f"sqlite+aiosqlite:///{_DB_PATH}"
os.environ["BLOG_SECRET_KEY"] = "test-only-secret-" + "x" * 48

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from blog_api.web.endpoint import create_app  # noqa: E402

Headers = dict[str, str]


@pytest.fixture()
def client() -> Iterator[TestClient]:
    _DB_PATH.unlink(missing_ok=True)
    with TestClient(create_app()) as test_client:
        yield test_client


@pytest.fixture()
def login(client: TestClient) -> Callable[[str], Headers]:
    """Registers `username` and returns Authorization headers for it."""

    def _login(username: str, password: str = "correct horse battery") -> Headers:
        created = client.post("/auth/register", json={"username": username, "password": password})
        assert created.status_code == 201, created.text
        issued = client.post("/auth/token", data={"username": username, "password": password})
        assert issued.status_code == 200, issued.text
        return {"Authorization": f"Bearer {issued.json()['access_token']}"}

    return _login


@pytest.fixture()
def make_post(client: TestClient) -> Callable[..., dict[str, object]]:
    def _make_post(headers: Headers, title: str = "Hello", content: str = "World") -> dict[str, object]:
        response = client.post("/posts", json={"title": title, "content": content}, headers=headers)
        assert response.status_code == 201, response.text
        body: dict[str, object] = response.json()
        return body

    return _make_post
