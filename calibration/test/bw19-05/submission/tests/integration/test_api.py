from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from blog_service.core.config import Settings
from blog_service.main import ApplicationFactory


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'test.db'}")  # type: ignore[call-arg]
    with TestClient(ApplicationFactory.create(settings)) as test_client:
        yield test_client


def test_full_flow(client: TestClient) -> None:
    response = client.post(
        "/api/auth/register", json={"username": "alice", "password": "password123"}
    )
    assert response.status_code == 201

    response = client.post("/api/auth/token", auth=("alice", "password123"))
    assert response.status_code == 200
    headers = {"Authorization": f"Bearer {response.json()['access_token']}"}

    response = client.post(
        "/api/posts", json={"title": "Hello", "content": "World"}, headers=headers
    )
    assert response.status_code == 201
    post_id = response.json()["id"]

    response = client.post(
        f"/api/posts/{post_id}/comments", json={"content": "First!"}, headers=headers
    )
    assert response.status_code == 201

    response = client.get("/api/posts")
    assert response.status_code == 200
    assert response.json()["items"][0]["comment_count"] == 1
