from fastapi.testclient import TestClient

POSTS = "/api/v1/posts"


class TestCommentController:
    def test_comment_lifecycle(self, client: TestClient, author_headers: dict[str, str], other_headers: dict[str, str]) -> None:
        post_id = client.post(POSTS, json={"title": "t", "content": "c"}, headers=author_headers).json()["id"]

        created = client.post(f"{POSTS}/{post_id}/comments", json={"content": "Nice"}, headers=other_headers)

        assert created.status_code == 201
        assert created.json()["postId"] == post_id
        listing = client.get(f"{POSTS}/{post_id}/comments").json()
        assert listing["totalElements"] == 1
        assert client.get(f"{POSTS}/{post_id}").json()["commentCount"] == 1

    def test_comment_on_missing_post_returns_404(self, client: TestClient, author_headers: dict[str, str]) -> None:
        response = client.post(f"{POSTS}/12345/comments", json={"content": "Hi"}, headers=author_headers)

        assert response.status_code == 404

    def test_list_comments_of_missing_post_returns_404(self, client: TestClient) -> None:
        assert client.get(f"{POSTS}/12345/comments").status_code == 404

    def test_comment_requires_authentication(self, client: TestClient, author_headers: dict[str, str]) -> None:
        post_id = client.post(POSTS, json={"title": "t", "content": "c"}, headers=author_headers).json()["id"]

        assert client.post(f"{POSTS}/{post_id}/comments", json={"content": "Hi"}).status_code == 401

    def test_comment_validation(self, client: TestClient, author_headers: dict[str, str]) -> None:
        post_id = client.post(POSTS, json={"title": "t", "content": "c"}, headers=author_headers).json()["id"]

        assert client.post(f"{POSTS}/{post_id}/comments", json={}, headers=author_headers).status_code == 422
        assert client.post(f"{POSTS}/{post_id}/comments", json={"content": ""}, headers=author_headers).status_code == 422
