def test_user_can_comment_on_post(client, acting_as):
    headers = acting_as()
    post = client.post("/api/posts", json={"title": "First", "body": "Hello"}, headers=headers).json()

    response = client.post(f"/api/posts/{post['id']}/comments", json={"body": "Nice post"}, headers=headers)

    assert response.status_code == 201
    assert response.json()["body"] == "Nice post"
    assert client.get(f"/api/posts/{post['id']}/comments").json()[0]["body"] == "Nice post"


def test_commenting_on_missing_post_returns_404(client, acting_as):
    response = client.post("/api/posts/999/comments", json={"body": "Hello?"}, headers=acting_as())

    assert response.status_code == 404
