def test_signup(client):
    response = client.post("/api/auth/signup", json={"username": "jane", "password": "password123"})

    assert response.status_code == 201
    assert response.json()["username"] == "jane"
    assert "password_hash" not in response.json()


def test_login(client):
    client.post("/api/auth/signup", json={"username": "jane", "password": "password123"})

    response = client.post("/api/auth/login", data={"username": "jane", "password": "password123"})

    assert response.status_code == 200
    assert response.json()["token_type"] == "bearer"


def test_create_post(client, auth_headers):
    response = client.post(
        "/api/posts", json={"title": "Hello", "content": "First post"}, headers=auth_headers
    )

    assert response.status_code == 201
    assert response.json()["title"] == "Hello"
    assert response.json()["author_username"] == "john"


def test_get_post(client, auth_headers):
    created = client.post(
        "/api/posts", json={"title": "Hello", "content": "First post"}, headers=auth_headers
    ).json()

    response = client.get(f"/api/posts/{created['id']}")

    assert response.status_code == 200
    assert response.json()["content"] == "First post"


def test_get_posts(client, auth_headers):
    for i in range(3):
        client.post("/api/posts", json={"title": f"Post {i}", "content": "..."}, headers=auth_headers)

    response = client.get("/api/posts?limit=2")

    assert response.status_code == 200
    assert len(response.json()) == 2


def test_update_post(client, auth_headers):
    created = client.post(
        "/api/posts", json={"title": "Hello", "content": "First post"}, headers=auth_headers
    ).json()

    response = client.put(f"/api/posts/{created['id']}", json={"title": "Updated"}, headers=auth_headers)

    assert response.status_code == 200
    assert response.json()["title"] == "Updated"


def test_delete_post(client, auth_headers):
    created = client.post(
        "/api/posts", json={"title": "Hello", "content": "First post"}, headers=auth_headers
    ).json()

    response = client.delete(f"/api/posts/{created['id']}", headers=auth_headers)

    assert response.status_code == 204


def test_add_comment(client, auth_headers):
    created = client.post(
        "/api/posts", json={"title": "Hello", "content": "First post"}, headers=auth_headers
    ).json()

    response = client.post(
        f"/api/posts/{created['id']}/comments", json={"content": "Nice!"}, headers=auth_headers
    )

    assert response.status_code == 201
    assert client.get(f"/api/posts/{created['id']}/comments").json()[0]["content"] == "Nice!"
