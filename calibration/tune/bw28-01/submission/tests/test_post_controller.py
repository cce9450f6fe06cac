from fastapi.testclient import TestClient

POSTS = "/api/v1/posts"


def create_post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post(POSTS, json={"title": title, "content": "World"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


class TestPostController:
    def test_create_post_returns_201(self, client: TestClient, author_headers: dict[str, str]) -> None:
        post = create_post(client, author_headers)

        assert post["id"] > 0
        assert post["authorUsername"] == "author"
        assert post["commentCount"] == 0

    def test_create_post_without_token_returns_401(self, client: TestClient) -> None:
        assert client.post(POSTS, json={"title": "x", "content": "y"}).status_code == 401

    def test_create_post_validation(self, client: TestClient, author_headers: dict[str, str]) -> None:
        assert client.post(POSTS, json={"content": "y"}, headers=author_headers).status_code == 422
        assert client.post(POSTS, json={"title": "", "content": "y"}, headers=author_headers).status_code == 422
        assert client.post(POSTS, json={"title": ["x"], "content": "y"}, headers=author_headers).status_code == 422
        assert client.get(POSTS).json()["totalElements"] == 0

    def test_list_posts_is_public_and_paginated(self, client: TestClient, author_headers: dict[str, str]) -> None:
        for i in range(3):
            create_post(client, author_headers, title=f"Post {i}")

        page = client.get(POSTS, params={"limit": 2, "offset": 0}).json()

        assert page["totalElements"] == 3
        assert len(page["content"]) == 2

    def test_list_posts_rejects_bad_pagination(self, client: TestClient) -> None:
        assert client.get(POSTS, params={"limit": 0}).status_code == 422
        assert client.get(POSTS, params={"limit": 51}).status_code == 422
        assert client.get(POSTS, params={"offset": -1}).status_code == 422

    def test_get_post_not_found_returns_404(self, client: TestClient) -> None:
        response = client.get(f"{POSTS}/999")

        assert response.status_code == 404
        assert response.json()["status"] == 404

    def test_author_can_update(self, client: TestClient, author_headers: dict[str, str]) -> None:
        post = create_post(client, author_headers)

        response = client.put(f"{POSTS}/{post['id']}", json={"title": "Edited"}, headers=author_headers)

        assert response.status_code == 200
        assert response.json()["title"] == "Edited"
        assert response.json()["content"] == "World"

    def test_non_author_cannot_update_or_delete(
        self, client: TestClient, author_headers: dict[str, str], other_headers: dict[str, str]
    ) -> None:
        post = create_post(client, author_headers)

        assert client.put(f"{POSTS}/{post['id']}", json={"title": "Hacked"}, headers=other_headers).status_code == 403
        assert client.delete(f"{POSTS}/{post['id']}", headers=other_headers).status_code == 403
        assert client.get(f"{POSTS}/{post['id']}").json()["title"] == "Hello"

    def test_delete_returns_204(self, client: TestClient, author_headers: dict[str, str]) -> None:
        post = create_post(client, author_headers)

        assert client.delete(f"{POSTS}/{post['id']}", headers=author_headers).status_code == 204
        assert client.get(f"{POSTS}/{post['id']}").status_code == 404
