import os
import secrets

os.environ.setdefault("BLOG_JWT_SECRET", secrets.token_urlsafe(48))

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from blogapi import config, db, security  # noqa: E402
from blogapi.app import app  # noqa: E402


@pytest.fixture()
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "DB_PATH", str(tmp_path / "test.db"))
    security.throttle.hits.clear()
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def make_user(client, name: str, pw: str = "correct horse battery") -> dict:
    r = client.post("/auth/register", json={"username": name, "password": pw})
    assert r.status_code == 201, r.text
    r = client.post("/auth/login", json={"username": name, "password": pw})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture()
def alice(client):
    return make_user(client, "alice")


@pytest.fixture()
def bob(client):
    return make_user(client, "bob")
