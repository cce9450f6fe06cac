import os
import tempfile
from collections.abc import Iterator

import pytest

os.environ["TODO_DB_PATH"] = os.path.join(tempfile.mkdtemp(), "test.sqlite3")
os.environ["TODO_BCRYPT_ROUNDS"] = "4"  # keep the suite fast

from fastapi.testclient import TestClient  # noqa: E402

from todo_service.main import app  # noqa: E402


@pytest.fixture(scope="session")
def client() -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c
