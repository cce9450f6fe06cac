from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog.main import new_app

Headers = dict[str, str]


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "blog.db")


@pytest.fixture
def client(db_path: str) -> Iterator[TestClient]:
    with TestClient(new_app(db_path)) as c:
        yield c


@pytest.fixture
def login(client: TestClient) -> Callable[[str], Headers]:
    def _login(username: str) -> Headers:
        creds = {"username": username, "password": "correct horse battery"}
        r = client.post("/auth/register", json=creds)
        assert r.status_code == 201, r.text
        r = client.post("/auth/login", json=creds)
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login


@pytest.fixture
def alice(login: Callable[[str], Headers]) -> Headers:
    return login("alice")


@pytest.fixture
def bob(login: Callable[[str], Headers]) -> Headers:
    return login("bob")


@pytest.fixture
def post_id(client: TestClient, alice: Headers) -> int:
    r = client.post("/posts", json={"title": "first", "content": "hello"}, headers=alice)
    assert r.status_code == 201, r.text
    return int(r.json()["id"])
