from fastapi.testclient import TestClient
from main import app

client = TestClient(app)


def test_home():
    response = client.get("/")
    assert response.status_code == 200


def test_signup_and_login():
    client.post("/signup", json={"userName": "sarah", "password": "hello123"})
    response = client.post("/login", json={"userName": "sarah", "password": "hello123"})
    assert response.status_code == 200
    assert "token" in response.json()


def test_create_todo():
    client.post("/signup", json={"userName": "mike", "password": "pass"})
    login = client.post("/login", json={"userName": "mike", "password": "pass"})
    token = login.json()["token"]
    response = client.post(
        "/todos",
        json={"title": "buy milk"},
        headers={"Authorization": "Bearer " + token},
    )
    assert response.status_code == 200
    assert response.json()["title"] == "buy milk"
