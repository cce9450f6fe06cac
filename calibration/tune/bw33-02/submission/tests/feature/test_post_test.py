def test_a_user_can_create_a_post(client, token):
    response = client.post(
        "/api/posts",
        json={"title": "Hello World", "content": "My first post"},
        headers={"Authorization": f"Bearer {token}"},
    )

    assert response.status_code == 201
    assert response.json()["title"] == "Hello World"


def test_anyone_can_list_posts(client, token):
    client.post(
        "/api/posts",
        json={"title": "Hello World", "content": "My first post"},
        headers={"Authorization": f"Bearer {token}"},
    )

    response = client.get("/api/posts")

    assert response.status_code == 200
    assert len(response.json()["data"]) == 1
    assert response.json()["data"][0]["author"]["name"] == "taylor"


def test_a_user_can_update_their_post(client, token):
    headers = {"Authorization": f"Bearer {token}"}
    post = client.post("/api/posts", json={"title": "Old", "content": "x"}, headers=headers).json()

    response = client.put(f"/api/posts/{post['id']}", json={"title": "New"}, headers=headers)

    assert response.status_code == 200
    assert response.json()["title"] == "New"


def test_a_user_can_delete_their_post(client, token):
    headers = {"Authorization": f"Bearer {token}"}
    post = client.post("/api/posts", json={"title": "Bye", "content": "x"}, headers=headers).json()

    response = client.delete(f"/api/posts/{post['id']}", headers=headers)

    assert response.status_code == 204


def test_a_user_can_comment_on_a_post(client, token):
    headers = {"Authorization": f"Bearer {token}"}
    post = client.post("/api/posts", json={"title": "Hi", "content": "x"}, headers=headers).json()

    response = client.post(f"/api/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=headers)

    assert response.status_code == 201
    assert client.get(f"/api/posts/{post['id']}/comments").json()["data"][0]["body"] == "Nice!"
