import os

os.environ["DATABASE_URL"] = "sqlite:///./test.sqlite3"
os.environ.setdefault("SECRET_KEY_BASE", "test-secret")

from collections.abc import Callable, Iterator  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from app.config.database import engine  # noqa: E402
from app.main import app  # noqa: E402
from app.models import ApplicationRecord  # noqa: E402


@pytest.fixture(autouse=True)
def clean_database() -> Iterator[None]:
    ApplicationRecord.metadata.drop_all(bind=engine)
    ApplicationRecord.metadata.create_all(bind=engine)
    yield


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def sign_in(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Factory: signs up + logs in a user and returns auth headers (like a request-spec helper)."""

    def _sign_in(username: str = "dhh") -> dict[str, str]:
        client.post("/users", json={"username": username, "password": "s3cret-pass"})
        response = client.post("/session", data={"username": username, "password": "s3cret-pass"})
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _sign_in
