from fastapi.testclient import TestClient

from tests.conftest import create_post, register_and_login


class TestCommentController:
    def test_add_comment_returns_201(self, client: TestClient) -> None:
        author = register_and_login(client, "john_doe")
        commenter = register_and_login(client, "jane_doe")
        post_id = create_post(client, author)

        response = client.post(f"/api/posts/{post_id}/comments", json={"content": "Great post"}, headers=commenter)

        assert response.status_code == 201
        body = response.json()
        assert body["postId"] == post_id
        assert body["author"]["username"] == "jane_doe"

    def test_add_comment_without_token_returns_401(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")
        post_id = create_post(client, headers)

        response = client.post(f"/api/posts/{post_id}/comments", json={"content": "Great post"})

        assert response.status_code == 401

    def test_add_comment_to_unknown_post_returns_404(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")

        response = client.post("/api/posts/9999/comments", json={"content": "Hello"}, headers=headers)

        assert response.status_code == 404

    def test_add_empty_comment_returns_422(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")
        post_id = create_post(client, headers)

        response = client.post(f"/api/posts/{post_id}/comments", json={"content": ""}, headers=headers)

        assert response.status_code == 422

    def test_list_comments_and_comment_count(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")
        post_id = create_post(client, headers)
        for text in ("first", "second"):
            client.post(f"/api/posts/{post_id}/comments", json={"content": text}, headers=headers)

        comments = client.get(f"/api/posts/{post_id}/comments").json()
        post = client.get(f"/api/posts/{post_id}").json()

        assert [c["content"] for c in comments["content"]] == ["first", "second"]
        assert comments["totalElements"] == 2
        assert post["commentCount"] == 2

    def test_list_comments_of_unknown_post_returns_404(self, client: TestClient) -> None:
        assert client.get("/api/posts/9999/comments").status_code == 404
