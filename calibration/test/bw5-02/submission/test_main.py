from fastapi.testclient import TestClient
from main import app

client = TestClient(app)


def get_token(username="testuser", password="testpass"):
    client.post("/register", json={"username": username, "password": password})
    response = client.post("/token", data={"username": username, "password": password})
    return response.json()["access_token"]


def test_register_and_login():
    response = client.post("/register", json={"username": "john", "password": "john123"})
    assert response.status_code in (201, 409)
    response = client.post("/token", data={"username": "john", "password": "john123"})
    assert response.status_code == 200
    assert "access_token" in response.json()


def test_create_post():
    token = get_token()
    response = client.post(
        "/posts",
        json={"title": "Hello", "content": "My first post"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201
    assert response.json()["title"] == "Hello"


def test_list_posts():
    response = client.get("/posts")
    assert response.status_code == 200
    assert isinstance(response.json(), list)


def test_comment():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    post = client.post("/posts", json={"title": "t", "content": "c"}, headers=headers).json()
    response = client.post(f"/posts/{post['id']}/comments", json={"content": "nice"}, headers=headers)
    assert response.status_code == 201
    response = client.get(f"/posts/{post['id']}/comments")
    assert len(response.json()) >= 1
