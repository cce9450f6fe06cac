from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from todosvc.config import Settings
from todosvc.main import create_app

TEST_SECRET = "test-only-secret-0123456789abcdef0123456789"


@pytest.fixture()
def settings(monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("DATABASE_URL", "sqlite://")
    monkeypatch.setenv("TODOSVC_JWT_SECRET", TEST_SECRET)
    monkeypatch.setenv("TODOSVC_BCRYPT_ROUNDS", "4")
    monkeypatch.setenv("TODOSVC_ACCESS_TOKEN_TTL_SECONDS", "300")
    return Settings(_env_file=None)


@pytest.fixture()
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture()
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Sign up + log in; returns the Authorization header for that user."""

    def _make(username: str, password: str = "correct horse battery") -> dict[str, str]:
        resp = client.post("/auth/signup", json={"username": username, "password": password})
        assert resp.status_code == 201, resp.text
        resp = client.post("/auth/token", data={"username": username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return _make
