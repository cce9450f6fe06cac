import os
import tempfile
from collections.abc import Callable, Iterator

_tmp_dir = tempfile.mkdtemp(prefix="blog-test-")
os.environ["DATABASE_URL"] = f"sqlite:///{_tmp_dir}/test.db"
os.environ["JWT_SECRET"] = "test-only-secret-not-used-anywhere-else"

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from blog.config.database import BaseEntity, engine  # noqa: E402
from blog.main import app  # noqa: E402


@pytest.fixture(autouse=True)
def clean_database() -> Iterator[None]:
    BaseEntity.metadata.create_all(bind=engine)
    yield
    BaseEntity.metadata.drop_all(bind=engine)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def register_and_login(client: TestClient) -> Callable[[str, str], dict[str, str]]:
    def _register_and_login(username: str, password: str = "s3cret-password") -> dict[str, str]:
        signup = client.post("/api/v1/auth/signup", json={"username": username, "password": password})
        assert signup.status_code == 201, signup.text
        login = client.post("/api/v1/auth/login", data={"username": username, "password": password})
        assert login.status_code == 200, login.text
        return {"Authorization": f"Bearer {login.json()['access_token']}"}

    return _register_and_login
