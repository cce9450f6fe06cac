def test_guest_can_list_posts(client, acting_as):
    headers = acting_as()
    client.post("/api/posts", json={"title": "First", "body": "Hello"}, headers=headers)
    client.post("/api/posts", json={"title": "Second", "body": "World"}, headers=headers)

    response = client.get("/api/posts")

    assert response.status_code == 200
    assert [p["title"] for p in response.json()] == ["Second", "First"]


def test_guest_cannot_create_post(client):
    response = client.post("/api/posts", json={"title": "First", "body": "Hello"})

    assert response.status_code == 401


def test_post_requires_title(client, acting_as):
    response = client.post("/api/posts", json={"body": "Hello"}, headers=acting_as())

    assert response.status_code == 422


def test_show_missing_post_returns_404(client):
    assert client.get("/api/posts/999").status_code == 404


def test_author_can_update_post(client, acting_as):
    headers = acting_as()
    post = client.post("/api/posts", json={"title": "First", "body": "Hello"}, headers=headers).json()

    response = client.put(f"/api/posts/{post['id']}", json={"title": "Updated"}, headers=headers)

    assert response.status_code == 200
    assert response.json()["title"] == "Updated"
    assert response.json()["body"] == "Hello"


def test_other_user_cannot_update_post(client, acting_as):
    post = client.post("/api/posts", json={"title": "First", "body": "Hello"}, headers=acting_as()).json()

    response = client.put(
        f"/api/posts/{post['id']}", json={"title": "Hacked"}, headers=acting_as("jeffrey")
    )

    assert response.status_code == 403


def test_author_can_delete_post(client, acting_as):
    headers = acting_as()
    post = client.post("/api/posts", json={"title": "First", "body": "Hello"}, headers=headers).json()

    assert client.delete(f"/api/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/api/posts/{post['id']}").status_code == 404


def test_pagination_limit_is_validated(client):
    assert client.get("/api/posts?limit=0").status_code == 422
    assert client.get("/api/posts?limit=500").status_code == 422
