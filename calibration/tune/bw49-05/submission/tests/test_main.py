from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def get_token() -> str:
    client.post("/register", json={"username": "testuser", "password": "testpass"})
    response = client.post("/login", json={"username": "testuser", "password": "testpass"})
    return response.json()["access_token"]


def get_headers() -> dict:
    return {"Authorization": f"Bearer {get_token()}"}


def test_health_check():
    response = client.get("/health")
    assert response.status_code == 200


def test_register():
    response = client.post("/register", json={"username": "testuser", "password": "testpass"})
    assert response.status_code in [201, 400]


def test_login():
    client.post("/register", json={"username": "testuser", "password": "testpass"})
    response = client.post("/login", json={"username": "testuser", "password": "testpass"})
    assert response.status_code == 200
    assert "access_token" in response.json()


def test_login_invalid():
    response = client.post("/login", json={"username": "testuser", "password": "wrong"})
    assert response.status_code != 200


def test_create_post():
    response = client.post(
        "/posts", json={"title": "Test Post", "content": "Test content"}, headers=get_headers()
    )
    assert response.status_code in [200, 201]


def test_get_posts():
    response = client.get("/posts")
    assert response.status_code == 200


def test_get_post():
    headers = get_headers()
    response = client.post("/posts", json={"title": "Test", "content": "Content"}, headers=headers)
    post_id = response.json()["id"]
    response = client.get(f"/posts/{post_id}")
    assert response.status_code == 200


def test_get_post_not_found():
    response = client.get("/posts/999999")
    assert response.status_code == 404


def test_update_post():
    headers = get_headers()
    response = client.post("/posts", json={"title": "Test", "content": "Content"}, headers=headers)
    post_id = response.json()["id"]
    response = client.put(f"/posts/{post_id}", json={"title": "Updated"}, headers=headers)
    assert response.status_code in [200, 201]


def test_delete_post():
    headers = get_headers()
    response = client.post("/posts", json={"title": "Test", "content": "Content"}, headers=headers)
    post_id = response.json()["id"]
    response = client.delete(f"/posts/{post_id}", headers=headers)
    assert response.status_code in [200, 204]


def test_create_comment():
    headers = get_headers()
    response = client.post("/posts", json={"title": "Test", "content": "Content"}, headers=headers)
    post_id = response.json()["id"]
    response = client.post(f"/posts/{post_id}/comments", json={"content": "Nice"}, headers=headers)
    assert response.status_code in [200, 201]


def test_get_comments():
    response = client.get("/posts/1/comments")
    assert response.status_code in [200, 404]


def test_unauthorized():
    response = client.post("/posts", json={"title": "Test", "content": "Content"})
    assert response.status_code in [401, 403]
