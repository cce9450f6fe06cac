import os
import tempfile

import pytest

# Config is read at import time, so set it before blog.main is imported.
_tmpdir = tempfile.mkdtemp(prefix="blogtest-")
os.environ["BLOG_SECRET"] = "test-secret-test-secret-test-secret!!"
os.environ["BLOG_DB"] = os.path.join(_tmpdir, "blog.db")

from fastapi.testclient import TestClient  # noqa: E402

from blog.main import app  # noqa: E402
from blog.store import SCHEMA, connect  # noqa: E402


@pytest.fixture()
def client():
    conn = connect(os.environ["BLOG_DB"])
    conn.executescript(
        "DROP TABLE IF EXISTS comments; DROP TABLE IF EXISTS posts; DROP TABLE IF EXISTS users;"
        + SCHEMA
    )
    conn.close()
    with TestClient(app) as c:
        yield c


def signup(client: TestClient, username: str, password: str = "password123") -> dict[str, str]:
    r = client.post("/auth/register", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", json={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
