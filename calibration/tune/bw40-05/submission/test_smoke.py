import uuid

from fastapi.testclient import TestClient

from main import app

client = TestClient(app)


def test_happy_path():
    username = f"test_{uuid.uuid4().hex[:8]}"
    r = client.post("/signup", json={"username": username, "password": "pw123456"})
    assert r.status_code == 201

    r = client.post("/login", data={"username": username, "password": "pw123456"})
    assert r.status_code == 200
    token = r.json()["access_token"]

    r = client.post(
        "/posts",
        json={"title": "Hello", "content": "First post!"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 201
    post_id = r.json()["id"]

    r = client.get(f"/posts/{post_id}")
    assert r.status_code == 200
    assert r.json()["title"] == "Hello"
    assert r.json()["reading_time_min"] == 1
