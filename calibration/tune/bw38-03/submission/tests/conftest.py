import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("JWT_SECRET", "test-secret-that-is-definitely-long-enough-0123456789")
os.environ.setdefault("BCRYPT_ROUNDS", "4")

from fastapi.testclient import TestClient  # noqa: E402

from blog_api.app_module import create_app  # noqa: E402
from blog_api.config.configuration import get_settings  # noqa: E402

PASSWORD = "s3cret-password"


@pytest.fixture()
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
    get_settings.cache_clear()
    app = create_app()
    with TestClient(app) as test_client:
        yield test_client
    get_settings.cache_clear()


def auth_headers(client: TestClient, username: str) -> dict[str, str]:
    response = client.post("/auth/register", json={"username": username, "password": PASSWORD})
    assert response.status_code == 201, response.text
    response = client.post("/auth/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['accessToken']}"}


@pytest.fixture()
def alice(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "alice")


@pytest.fixture()
def bob(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "bob")
