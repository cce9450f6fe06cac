from fastapi.testclient import TestClient

from sql_app.main import app

client = TestClient(app)


def test_create_user():
    response = client.post("/users/", json={"username": "testuser", "password": "test123"})
    assert response.status_code == 200
    data = response.json()
    assert data["username"] == "testuser"
    assert "id" in data


def test_login_and_create_todo():
    response = client.post("/token", data={"username": "testuser", "password": "test123"})
    assert response.status_code == 200
    token = response.json()["access_token"]

    response = client.post(
        "/todos/",
        json={"title": "buy milk", "description": "2 liters"},
        headers={"Authorization": "Bearer " + token},
    )
    assert response.status_code == 201
    assert response.json()["title"] == "buy milk"

    response = client.get("/todos/", headers={"Authorization": "Bearer " + token})
    assert response.status_code == 200
    assert len(response.json()) >= 1
