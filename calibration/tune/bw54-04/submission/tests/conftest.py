from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from blogapi.config import Settings
from blogapi.main import create_app

from .fakes import InMemoryRepository

API = "/api/v1"
TEST_SECRET = "test-secret-0123456789abcdef0123456789abcdef"

AuthFactory = Callable[..., dict[str, str]]


@pytest.fixture
def settings() -> Settings:
    return Settings(
        _env_file=None,
        database_url="postgresql://unused@localhost/unused",
        jwt_secret=TEST_SECRET,
        bcrypt_rounds=4,
        log_level="WARNING",
    )


@pytest.fixture
def repo() -> InMemoryRepository:
    return InMemoryRepository()


@pytest.fixture
def client(settings: Settings, repo: InMemoryRepository) -> Iterator[TestClient]:
    app = create_app(settings, repository=repo)
    with TestClient(app) as c:
        yield c


@pytest.fixture
def auth(client: TestClient) -> AuthFactory:
    """Register (idempotently) and log in; returns the Authorization header."""

    def _auth(username: str = "alice", password: str = "correct-horse-battery") -> dict[str, str]:
        r = client.post(f"{API}/auth/register", json={"username": username, "password": password})
        assert r.status_code in (201, 409), r.text
        r = client.post(f"{API}/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _auth


@pytest.fixture
def make_post(client: TestClient) -> Callable[..., dict[str, object]]:
    def _make(headers: dict[str, str], title: str = "Hello", content: str = "World") -> dict[str, object]:
        r = client.post(f"{API}/posts", json={"title": title, "content": content}, headers=headers)
        assert r.status_code == 201, r.text
        body: dict[str, object] = r.json()
        return body

    return _make
