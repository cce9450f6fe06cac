import os
import uuid

os.environ["DB_DATABASE"] = "test.sqlite"

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def get_token():
    name = "user_" + uuid.uuid4().hex[:8]
    res = client.post("/api/register", json={"name": name, "password": "secret123"})
    return res.json()["token"]


def test_create_todo():
    token = get_token()
    res = client.post(
        "/api/todos",
        json={"title": "Write tests", "description": "for the api"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert res.status_code == 201
    assert res.json()["title"] == "Write tests"


def test_list_todos():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/api/todos", json={"title": "One"}, headers=headers)
    client.post("/api/todos", json={"title": "Two"}, headers=headers)
    res = client.get("/api/todos", headers=headers)
    assert res.status_code == 200
    assert res.json()["total"] == 2
