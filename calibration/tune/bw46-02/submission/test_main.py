import uuid

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def get_token():
    username = f"user_{uuid.uuid4().hex[:8]}"
    client.post("/auth/signup", json={"username": username, "password": "password123"})
    res = client.post("/auth/login", data={"username": username, "password": "password123"})
    return res.json()["accessToken"]


def test_root():
    res = client.get("/")
    assert res.status_code == 200
    assert res.json()["success"] is True


def test_signup_and_login():
    username = f"user_{uuid.uuid4().hex[:8]}"
    res = client.post("/auth/signup", json={"username": username, "password": "password123"})
    assert res.status_code == 201
    res = client.post("/auth/login", data={"username": username, "password": "password123"})
    assert res.status_code == 200
    assert "accessToken" in res.json()


def test_create_and_get_post():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    res = client.post("/posts", json={"title": "Hello", "content": "My first post!"}, headers=headers)
    assert res.status_code == 201
    post_id = res.json()["data"]["id"]

    res = client.get(f"/posts/{post_id}")
    assert res.status_code == 200
    assert res.json()["data"]["title"] == "Hello"


def test_comment_on_post():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    post_id = client.post("/posts", json={"title": "Hi", "content": "yo"}, headers=headers).json()["data"]["id"]
    res = client.post(f"/posts/{post_id}/comments", json={"content": "nice"}, headers=headers)
    assert res.status_code == 201
    res = client.get(f"/posts/{post_id}/comments")
    assert len(res.json()["data"]) == 1
