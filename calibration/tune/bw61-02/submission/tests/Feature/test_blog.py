def test_register(client):
    res = client.post("/api/auth/register", json={"username": "jane", "password": "password123"})
    assert res.status_code == 201
    assert res.json()["user"]["username"] == "jane"


def test_login(client):
    client.post("/api/auth/register", json={"username": "jane", "password": "password123"})
    res = client.post("/api/auth/login", json={"username": "jane", "password": "password123"})
    assert res.status_code == 200
    assert "access_token" in res.json()


def test_create_post(client, token):
    res = client.post(
        "/api/posts",
        json={"title": "Hello", "content": "My first post"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert res.status_code == 201
    assert res.json()["title"] == "Hello"


def test_list_posts(client, token):
    client.post(
        "/api/posts",
        json={"title": "Hello", "content": "My first post"},
        headers={"Authorization": f"Bearer {token}"},
    )
    res = client.get("/api/posts")
    assert res.status_code == 200
    assert len(res.json()["data"]) == 1


def test_comment_on_post(client, token):
    post = client.post(
        "/api/posts",
        json={"title": "Hello", "content": "My first post"},
        headers={"Authorization": f"Bearer {token}"},
    ).json()
    res = client.post(
        f"/api/posts/{post['id']}/comments",
        json={"body": "Nice!"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert res.status_code == 201

    res = client.get(f"/api/posts/{post['id']}/comments")
    assert len(res.json()["data"]) == 1
