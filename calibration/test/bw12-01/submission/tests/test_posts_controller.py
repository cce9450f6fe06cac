import pytest
from fastapi.testclient import TestClient

from tests.conftest import Api


class TestPostsController:
    def test_Create_Authenticated_Returns201WithId(self, api: Api) -> None:
        # Arrange
        headers = api.token_for("alice")

        # Act
        response = api.client.post(
            "/api/posts", json={"title": "First", "content": "Body"}, headers=headers
        )

        # Assert
        assert response.status_code == 201
        body = response.json()
        assert body["id"] >= 1
        assert body["author"]["username"] == "alice"
        assert body["comment_count"] == 0

    def test_Create_WithoutToken_Returns401(self, client: TestClient) -> None:
        response = client.post("/api/posts", json={"title": "First", "content": "Body"})
        assert response.status_code == 401

    @pytest.mark.parametrize(
        "payload",
        [{}, {"title": "", "content": "x"}, {"title": "x"}, {"title": 12, "content": "x"}, {"title": "x" * 201, "content": "x"}],
    )
    def test_Create_InvalidPayload_Returns422(self, api: Api, payload: dict) -> None:
        headers = api.token_for("alice")
        response = api.client.post("/api/posts", json=payload, headers=headers)
        assert response.status_code == 422

    def test_GetById_Existing_Returns200(self, api: Api) -> None:
        post = api.create_post(api.token_for("alice"))
        response = api.client.get(f"/api/posts/{post['id']}")
        assert response.status_code == 200
        assert response.json()["title"] == "Hello"

    def test_GetById_Missing_Returns404(self, client: TestClient) -> None:
        response = client.get("/api/posts/999")
        assert response.status_code == 404
        assert response.json()["status"] == 404

    def test_GetAll_Paged_ReturnsNewestFirst(self, api: Api) -> None:
        headers = api.token_for("alice")
        for i in range(5):
            api.create_post(headers, title=f"Post {i}")

        response = api.client.get("/api/posts", params={"limit": 2, "offset": 1})

        assert response.status_code == 200
        body = response.json()
        assert body["total"] == 5
        assert [p["title"] for p in body["items"]] == ["Post 3", "Post 2"]

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}])
    def test_GetAll_PagingOutOfRange_Returns422(self, client: TestClient, params: dict) -> None:
        response = client.get("/api/posts", params=params)
        assert response.status_code == 422

    def test_Update_ByAuthor_Returns200(self, api: Api) -> None:
        headers = api.token_for("alice")
        post = api.create_post(headers)

        response = api.client.patch(f"/api/posts/{post['id']}", json={"title": "Edited"}, headers=headers)

        assert response.status_code == 200
        assert response.json()["title"] == "Edited"
        assert response.json()["content"] == "World"
        assert response.json()["updated_at"] is not None

    def test_Update_CallerIsNotAuthor_Returns403(self, api: Api) -> None:
        post = api.create_post(api.token_for("alice"))
        mallory = api.token_for("mallory")

        response = api.client.patch(f"/api/posts/{post['id']}", json={"title": "Pwned"}, headers=mallory)

        assert response.status_code == 403
        assert api.client.get(f"/api/posts/{post['id']}").json()["title"] == "Hello"

    def test_Update_Missing_Returns404(self, api: Api) -> None:
        response = api.client.patch("/api/posts/42", json={"title": "x"}, headers=api.token_for("alice"))
        assert response.status_code == 404

    def test_Delete_ByAuthor_Returns204(self, api: Api) -> None:
        headers = api.token_for("alice")
        post = api.create_post(headers)

        response = api.client.delete(f"/api/posts/{post['id']}", headers=headers)

        assert response.status_code == 204
        assert response.content == b""
        assert api.client.get(f"/api/posts/{post['id']}").status_code == 404

    def test_Delete_CallerIsNotAuthor_Returns403(self, api: Api) -> None:
        post = api.create_post(api.token_for("alice"))
        response = api.client.delete(f"/api/posts/{post['id']}", headers=api.token_for("mallory"))
        assert response.status_code == 403

    def test_Delete_WithoutToken_Returns401(self, api: Api) -> None:
        post = api.create_post(api.token_for("alice"))
        response = api.client.delete(f"/api/posts/{post['id']}")
        assert response.status_code == 401
