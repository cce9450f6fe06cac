import pytest
from fastapi.testclient import TestClient

from tests.conftest import create_post, register_and_login


class TestPostController:
    def test_list_posts_when_empty(self, client: TestClient) -> None:
        response = client.get("/api/posts")

        assert response.status_code == 200
        assert response.json() == {"content": [], "totalElements": 0, "limit": 10, "offset": 0}

    def test_create_post_returns_201(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")

        response = client.post("/api/posts", json={"title": "Hello", "content": "World"}, headers=headers)

        assert response.status_code == 201
        body = response.json()
        assert body["id"] > 0
        assert body["title"] == "Hello"
        assert body["author"]["username"] == "john_doe"
        assert body["commentCount"] == 0

    def test_create_post_without_token_returns_401(self, client: TestClient) -> None:
        response = client.post("/api/posts", json={"title": "Hello", "content": "World"})

        assert response.status_code == 401

    @pytest.mark.parametrize(
        "payload",
        [
            {"title": "", "content": "World"},
            {"title": "   ", "content": "World"},
            {"title": "Hello"},
            {"title": "x" * 256, "content": "World"},
            {"title": 42, "content": "World"},
        ],
    )
    def test_create_post_invalid_payload_returns_422(self, client: TestClient, payload: dict[str, object]) -> None:
        headers = register_and_login(client, "john_doe")

        response = client.post("/api/posts", json=payload, headers=headers)

        assert response.status_code == 422
        assert client.get("/api/posts").json()["totalElements"] == 0

    def test_get_post_returns_200(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")
        post_id = create_post(client, headers)

        response = client.get(f"/api/posts/{post_id}")

        assert response.status_code == 200
        assert response.json()["id"] == post_id

    def test_get_unknown_post_returns_404(self, client: TestClient) -> None:
        response = client.get("/api/posts/9999")

        assert response.status_code == 404
        assert response.json()["message"] == "Post with id 9999 not found"

    def test_update_post_by_author_returns_200(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")
        post_id = create_post(client, headers)

        response = client.put(
            f"/api/posts/{post_id}", json={"title": "Updated", "content": "Updated content"}, headers=headers
        )

        assert response.status_code == 200
        assert response.json()["title"] == "Updated"

    def test_update_post_by_other_user_returns_403(self, client: TestClient) -> None:
        author = register_and_login(client, "john_doe")
        other = register_and_login(client, "jane_doe")
        post_id = create_post(client, author)

        response = client.put(f"/api/posts/{post_id}", json={"title": "Hacked", "content": "Hacked"}, headers=other)

        assert response.status_code == 403
        assert client.get(f"/api/posts/{post_id}").json()["title"] == "Title"

    def test_update_unknown_post_returns_404(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")

        response = client.put("/api/posts/9999", json={"title": "T", "content": "C"}, headers=headers)

        assert response.status_code == 404

    def test_delete_post_returns_204(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")
        post_id = create_post(client, headers)
        client.post(f"/api/posts/{post_id}/comments", json={"content": "Nice"}, headers=headers)

        response = client.delete(f"/api/posts/{post_id}", headers=headers)

        assert response.status_code == 204
        assert client.get(f"/api/posts/{post_id}").status_code == 404

    def test_delete_post_by_other_user_returns_403(self, client: TestClient) -> None:
        author = register_and_login(client, "john_doe")
        other = register_and_login(client, "jane_doe")
        post_id = create_post(client, author)

        response = client.delete(f"/api/posts/{post_id}", headers=other)

        assert response.status_code == 403

    def test_list_posts_is_paginated(self, client: TestClient) -> None:
        headers = register_and_login(client, "john_doe")
        for i in range(5):
            create_post(client, headers, title=f"Post {i}")

        response = client.get("/api/posts", params={"limit": 2, "offset": 1})

        body = response.json()
        assert response.status_code == 200
        assert body["totalElements"] == 5
        assert [p["title"] for p in body["content"]] == ["Post 3", "Post 2"]

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 51}, {"offset": -1}, {"limit": "abc"}])
    def test_list_posts_invalid_paging_returns_422(self, client: TestClient, params: dict[str, object]) -> None:
        assert client.get("/api/posts", params=params).status_code == 422
