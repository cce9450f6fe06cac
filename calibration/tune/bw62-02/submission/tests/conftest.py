from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from blog.config import get_settings


@pytest.fixture()
def client(tmp_path, monkeypatch) -> Iterator[TestClient]:
    monkeypatch.setenv("BLOG_SECRET_KEY", "test-secret-not-for-prod")
    monkeypatch.setenv("BLOG_DB_PATH", str(tmp_path / "test.db"))
    get_settings.cache_clear()
    from blog.main import app

    with TestClient(app) as c:  # runs the lifespan -> creates the schema
        yield c
    get_settings.cache_clear()


@pytest.fixture()
def login(client: TestClient) -> Callable[[str], dict[str, str]]:
    def _login(username: str, password: str = "correct-horse-1") -> dict[str, str]:
        client.post("/auth/signup", json={"username": username, "password": password})
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login


@pytest.fixture()
def alice(login) -> dict[str, str]:
    return login("alice")


@pytest.fixture()
def bob(login) -> dict[str, str]:
    return login("bob")
