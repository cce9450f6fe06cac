from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog.app import create_app
from blog.config import Settings


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings(db_path=str(tmp_path / "test.db")))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Sign a user up, log in, and return Authorization headers."""

    def _make(username: str, password: str = "correct horse battery") -> dict[str, str]:
        r = client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def alice(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("alice")


@pytest.fixture
def bob(make_user: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return make_user("bob")


@pytest.fixture
def post_id(client: TestClient, alice: dict[str, str]) -> int:
    r = client.post("/posts", json={"title": "Hello", "content": "First post"}, headers=alice)
    assert r.status_code == 201
    return r.json()["id"]
