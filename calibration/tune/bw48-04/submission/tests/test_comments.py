from fastapi.testclient import TestClient


def test_comment_flow(client: TestClient, make_user) -> None:
    alice = make_user("alice")
    bob = make_user("bob")
    post = client.post("/posts", json={"title": "Hello", "content": "Text"}, headers=alice).json()

    response = client.post(f"/posts/{post['id']}/comments", json={"content": "Nice!"}, headers=bob)
    assert response.status_code == 201
    assert response.json()["author"]["username"] == "bob"

    # Reading comments is public.
    listing = client.get(f"/posts/{post['id']}/comments").json()
    assert listing["total"] == 1
    assert listing["items"][0]["content"] == "Nice!"


def test_comment_on_missing_post_is_404(client: TestClient, make_user) -> None:
    headers = make_user()
    response = client.post("/posts/999/comments", json={"content": "Hello?"}, headers=headers)
    assert response.status_code == 404


def test_comment_without_token_is_401(client: TestClient, make_user) -> None:
    headers = make_user()
    post = client.post("/posts", json={"title": "Hello", "content": "Text"}, headers=headers).json()
    response = client.post(f"/posts/{post['id']}/comments", json={"content": "anonymous"})
    assert response.status_code == 401


def test_empty_comment_is_422(client: TestClient, make_user) -> None:
    headers = make_user()
    post = client.post("/posts", json={"title": "Hello", "content": "Text"}, headers=headers).json()
    response = client.post(f"/posts/{post['id']}/comments", json={"content": ""}, headers=headers)
    assert response.status_code == 422


def test_comments_of_missing_post_is_404(client: TestClient) -> None:
    assert client.get("/posts/999/comments").status_code == 404


def test_deleting_a_post_deletes_its_comments(client: TestClient, make_user) -> None:
    headers = make_user()
    post = client.post("/posts", json={"title": "Hello", "content": "Text"}, headers=headers).json()
    client.post(f"/posts/{post['id']}/comments", json={"content": "first"}, headers=headers)
    assert client.delete(f"/posts/{post['id']}", headers=headers).status_code == 204
    assert client.get(f"/posts/{post['id']}/comments").status_code == 404
