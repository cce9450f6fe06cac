import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Point the app at a throw-away database *before* blogapi is imported (settings are cached).
_TMP_DIR = Path(tempfile.mkdtemp(prefix="blogapi-tests-"))
_DB_FILE = _TMP_DIR / "test.sqlite3"
os.environ["BLOGAPI_DATABASE_URL"] = f"sqlite+aiosqlite:///{_DB_FILE}"
os.environ["BLOGAPI_JWT_SECRET"] = "test-secret-only-used-in-tests-not-elsewhere"

from fastapi.testclient import TestClient  # noqa: E402

from blogapi.main import app  # noqa: E402


@pytest.fixture
def client() -> Iterator[TestClient]:
    # Entering the client runs the lifespan (creates tables); leaving it disposes the engine,
    # so the file can be removed and every test starts from an empty database.
    with TestClient(app) as test_client:
        yield test_client
    _DB_FILE.unlink(missing_ok=True)


def auth_headers(client: TestClient, username: str, password: str = "password123") -> dict[str, str]:
    response = client.post("/auth/register", json={"username": username, "password": password})
    assert response.status_code == 201, response.text
    response = client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
def alice(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "alice")


@pytest.fixture
def bob(client: TestClient) -> dict[str, str]:
    return auth_headers(client, "bob")
