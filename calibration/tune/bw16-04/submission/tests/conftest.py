import os
import tempfile

os.environ["BLOG_DB_PATH"] = os.path.join(tempfile.mkdtemp(prefix="blogapi-"), "bootstrap.sqlite3")

import pytest
from fastapi.testclient import TestClient

from blogapi import db
from blogapi.main import app

PASSWORD = "correct horse battery staple"


@pytest.fixture()
def client(tmp_path):
    path = str(tmp_path / "test.sqlite3")
    db.init_db(path)

    def _get_db():
        conn = db.connect(path)
        try:
            yield conn
        finally:
            conn.close()

    app.dependency_overrides[db.get_db] = _get_db
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()


def signup_and_login(client: TestClient, username: str) -> dict[str, str]:
    r = client.post("/auth/signup", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture()
def alice(client: TestClient) -> dict[str, str]:
    return signup_and_login(client, "alice")


@pytest.fixture()
def mallory(client: TestClient) -> dict[str, str]:
    return signup_and_login(client, "mallory")
