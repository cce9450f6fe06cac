import uuid

from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def get_token():
    username = f"user_{uuid.uuid4().hex[:8]}"
    client.post("/auth/register", json={"username": username, "password": "password123"})
    res = client.post("/auth/login", data={"username": username, "password": "password123"})
    return res.json()["access_token"]


def test_register():
    username = f"user_{uuid.uuid4().hex[:8]}"
    res = client.post("/auth/register", json={"username": username, "password": "password123"})
    assert res.status_code == 201
    assert res.json()["username"] == username


def test_login():
    token = get_token()
    assert token


def test_create_post():
    token = get_token()
    res = client.post(
        "/posts/",
        json={"title": "Test post", "content": "Hello"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert res.status_code == 201
    assert res.json()["title"] == "Test post"


def test_list_posts():
    res = client.get("/posts/")
    assert res.status_code == 200
    assert isinstance(res.json(), list)


def test_update_post():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    post = client.post("/posts/", json={"title": "Old", "content": "x"}, headers=headers).json()
    res = client.put(f"/posts/{post['id']}", json={"title": "New"}, headers=headers)
    assert res.status_code == 200
    assert res.json()["title"] == "New"


def test_delete_post():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    post = client.post("/posts/", json={"title": "Delete me", "content": "x"}, headers=headers).json()
    res = client.delete(f"/posts/{post['id']}", headers=headers)
    assert res.status_code == 204


def test_comments():
    token = get_token()
    headers = {"Authorization": f"Bearer {token}"}
    post = client.post("/posts/", json={"title": "With comments", "content": "x"}, headers=headers).json()
    res = client.post(f"/posts/{post['id']}/comments/", json={"content": "Nice"}, headers=headers)
    assert res.status_code == 200
    res = client.get(f"/posts/{post['id']}/comments/")
    assert res.status_code == 200
    assert len(res.json()) == 1
