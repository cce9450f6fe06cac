import pytest
from fastapi.testclient import TestClient

from main import app


@pytest.fixture
def client():
    with TestClient(app) as client:
        yield client


@pytest.fixture
def token(client):
    client.post("/api/users", json={"username": "jose", "password": "supersecret"})
    response = client.post("/api/sessions", json={"username": "jose", "password": "supersecret"})
    return response.json()["data"]["token"]


@pytest.fixture
def auth(token):
    return {"Authorization": f"Bearer {token}"}


class DescribeUsers:
    def test_register(self, client):
        response = client.post("/api/users", json={"username": "valim", "password": "supersecret"})
        assert response.status_code == 201
        assert response.json()["data"]["username"] == "valim"

    def test_login(self, client):
        client.post("/api/users", json={"username": "chris", "password": "supersecret"})
        response = client.post("/api/sessions", json={"username": "chris", "password": "supersecret"})
        assert response.status_code == 200
        assert response.json()["data"]["token"]


class DescribeTodos:
    def test_create_todo(self, client, auth):
        response = client.post("/api/todos", json={"title": "Write changeset"}, headers=auth)
        assert response.status_code == 201
        assert response.json()["data"]["title"] == "Write changeset"
        assert response.json()["data"]["done"] is False

    def test_list_todos(self, client, auth):
        client.post("/api/todos", json={"title": "one"}, headers=auth)
        client.post("/api/todos", json={"title": "two"}, headers=auth)
        response = client.get("/api/todos", headers=auth)
        assert response.status_code == 200
        assert [t["title"] for t in response.json()["data"]][-2:] == ["one", "two"]

    def test_update_todo(self, client, auth):
        todo = client.post("/api/todos", json={"title": "pipe it"}, headers=auth).json()["data"]
        response = client.patch(f"/api/todos/{todo['id']}", json={"done": True}, headers=auth)
        assert response.status_code == 200
        assert response.json()["data"]["done"] is True

    def test_delete_todo(self, client, auth):
        todo = client.post("/api/todos", json={"title": "bye"}, headers=auth).json()["data"]
        response = client.delete(f"/api/todos/{todo['id']}", headers=auth)
        assert response.status_code == 204
