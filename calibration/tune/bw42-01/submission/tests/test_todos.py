from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.config import AppConfig
from app.main import createApp


@pytest.fixture
def client(tmp_path) -> Iterator[TestClient]:
    config = AppConfig(jwtSecret="test-secret", databasePath=str(tmp_path / "test.db"))
    with TestClient(createApp(config)) as c:
        yield c


def authHeaders(client: TestClient, username: str = "alice") -> dict[str, str]:
    client.post("/auth/signup", json={"username": username, "password": "password123"})
    response = client.post("/auth/token", data={"username": username, "password": "password123"})
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_signup(client: TestClient) -> None:
    response = client.post("/auth/signup", json={"username": "bob", "password": "password123"})
    assert response.status_code == 201
    assert response.json()["username"] == "bob"
    assert "password" not in response.json()


def test_login(client: TestClient) -> None:
    client.post("/auth/signup", json={"username": "bob", "password": "password123"})
    response = client.post("/auth/token", data={"username": "bob", "password": "password123"})
    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_create_todo(client: TestClient) -> None:
    headers = authHeaders(client)
    response = client.post("/todos", json={"title": "Buy milk"}, headers=headers)
    assert response.status_code == 201
    body = response.json()
    assert body["id"] > 0
    assert body["title"] == "Buy milk"
    assert body["done"] is False


def test_list_todos(client: TestClient) -> None:
    headers = authHeaders(client)
    for i in range(3):
        client.post("/todos", json={"title": f"todo {i}"}, headers=headers)
    response = client.get("/todos?limit=2", headers=headers)
    assert response.status_code == 200
    assert len(response.json()["items"]) == 2


def test_get_todo(client: TestClient) -> None:
    headers = authHeaders(client)
    created = client.post("/todos", json={"title": "Read"}, headers=headers).json()
    response = client.get(f"/todos/{created['id']}", headers=headers)
    assert response.status_code == 200
    assert response.json()["title"] == "Read"


def test_update_todo(client: TestClient) -> None:
    headers = authHeaders(client)
    created = client.post("/todos", json={"title": "Write"}, headers=headers).json()
    response = client.patch(f"/todos/{created['id']}", json={"done": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["done"] is True
    assert response.json()["title"] == "Write"


def test_delete_todo(client: TestClient) -> None:
    headers = authHeaders(client)
    created = client.post("/todos", json={"title": "Trash"}, headers=headers).json()
    response = client.delete(f"/todos/{created['id']}", headers=headers)
    assert response.status_code == 204
