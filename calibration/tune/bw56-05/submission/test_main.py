from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def test_home():
    response = client.get("/")
    assert response.status_code == 200
    assert response.json() == {"message": "Welcome to my todo app!!"}


def test_add_todo():
    response = client.post("/todos", json={"title": "homework", "user": "sam"})
    assert response.status_code == 200
    assert response.json()["title"] == "homework"
