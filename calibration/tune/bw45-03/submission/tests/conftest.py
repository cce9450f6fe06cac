import os
import tempfile
from collections.abc import Callable, Iterator

# Configuration must be in place before the application modules are imported.
_TMP_DIR = tempfile.mkdtemp(prefix="todo-service-tests-")
os.environ["TODO_DATABASE_URL"] = f"sqlite:///{_TMP_DIR}/test.db"
os.environ["TODO_JWT_SECRET"] = "test-only-secret-" + "0" * 40
os.environ["TODO_ARGON2_TIME_COST"] = "1"
os.environ["TODO_ARGON2_MEMORY_COST_KIB"] = "1024"
os.environ["TODO_ARGON2_PARALLELISM"] = "1"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from todo_service.db import Base, engine  # noqa: E402
from todo_service.main import app  # noqa: E402

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _fresh_schema() -> Iterator[None]:
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    yield


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def make_user(client: TestClient) -> Callable[[str], dict[str, str]]:
    """Create a user and return Authorization headers for them."""

    def _make(username: str) -> dict[str, str]:
        created = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert created.status_code == 201, created.text
        login = client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert login.status_code == 200, login.text
        return {"Authorization": f"Bearer {login.json()['access_token']}"}

    return _make
