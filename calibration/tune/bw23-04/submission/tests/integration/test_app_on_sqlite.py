"""One end-to-end pass through the real wiring: SQLite, bcrypt, JWT."""

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings

pytestmark = pytest.mark.integration


def test_full_flow_on_real_adapters() -> None:
    app = create_app(Settings(database_url="sqlite://", jwt_secret="integration-secret-integration-secret"))
    with TestClient(app) as client:
        creds = {"username": "kent", "password": "red-green-refactor"}
        assert client.post("/auth/register", json=creds).status_code == 201
        assert client.post("/auth/register", json=creds).status_code == 409
        token = client.post("/auth/token", data=creds).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}

        post = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers).json()
        comment = client.post(f"/posts/{post['id']}/comments", json={"body": "b"}, headers=headers)
        assert comment.status_code == 201
        assert client.get(f"/posts/{post['id']}/comments").json()[0]["author"] == "kent"

        assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
        assert client.get(f"/posts/{post['id']}/comments").status_code == 404
