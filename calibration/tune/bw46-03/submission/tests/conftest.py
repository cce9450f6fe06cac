from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from blog_api.config import Settings
from blog_api.main import create_app

# Test-only key; the app itself refuses to start without BLOG_JWT_SECRET in the environment.
TEST_SECRET = "test-only-signing-key-0123456789abcdef0123456789"

AuthHeaders = Callable[..., dict[str, str]]


@pytest.fixture
def settings() -> Settings:
    return Settings(
        jwt_secret=TEST_SECRET,
        database_url="sqlite+aiosqlite://",
        cors_origins=[],
        _env_file=None,  # type: ignore[call-arg]
    )


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    # Context manager so the lifespan runs (engine + tables) on one event loop per test.
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture
def auth(client: TestClient) -> AuthHeaders:
    registered: set[str] = set()

    def _auth(username: str = "alice", password: str = "correct-horse") -> dict[str, str]:
        if username not in registered:
            r = client.post("/auth/register", json={"username": username, "password": password})
            assert r.status_code == 201, r.text
            registered.add(username)
        r = client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _auth


@pytest.fixture
def post_id(client: TestClient, auth: AuthHeaders) -> int:
    r = client.post("/posts", json={"title": "First", "content": "Hello"}, headers=auth("alice"))
    assert r.status_code == 201, r.text
    return int(r.json()["id"])
