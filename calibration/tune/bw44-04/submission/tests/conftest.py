"""
Shared fixtures.

The configuration module reads the environment at import time, so the test
environment must be prepared *before* ``blog_api`` is imported.
"""

import os
import tempfile

os.environ.setdefault("BLOG_SECRET_KEY", "test-only-secret")
os.environ["BLOG_DB_PATH"] = os.path.join(tempfile.mkdtemp(), "test.db")

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from blog_api.main import app  # noqa: E402


@pytest.fixture(scope="session")
def client() -> TestClient:
    """A client bound to the application, shared by the whole session."""
    return TestClient(app)
