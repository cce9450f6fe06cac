from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def test_register():
    response = client.post("/auth/register", json={"username": "test", "password": "123456"})
    assert response.status_code == 201
    assert response.json()["success"] == True


def test_login():
    client.post("/auth/register", json={"username": "test", "password": "123456"})
    response = client.post("/auth/login", json={"username": "test", "password": "123456"})
    assert response.status_code == 200
    assert response.json()["data"]["token"] != None


def test_create_and_get_todo():
    response = client.post("/auth/register", json={"username": "test", "password": "123456"})
    assert response.status_code == 201
    login = client.post("/auth/login", json={"username": "test", "password": "123456"})
    token = login.json()["data"]["token"]
    headers = {"Authorization": "Bearer " + token}

    created = client.post("/todos", json={"title": "Buy milk"}, headers=headers)
    assert created.status_code == 201
    todoId = created.json()["data"]["id"]

    response = client.get(f"/todos/{todoId}", headers=headers)
    assert response.status_code == 200
    assert response.json()["data"]["title"] == "Buy milk"
