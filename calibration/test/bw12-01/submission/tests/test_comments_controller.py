import pytest
from fastapi.testclient import TestClient

from tests.conftest import Api


class TestCommentsController:
    def test_Create_OnExistingPost_Returns201(self, api: Api) -> None:
        post = api.create_post(api.token_for("alice"))
        bob = api.token_for("bob")

        response = api.client.post(
            f"/api/posts/{post['id']}/comments", json={"content": "Nice post"}, headers=bob
        )

        assert response.status_code == 201
        body = response.json()
        assert body["post_id"] == post["id"]
        assert body["author"]["username"] == "bob"
        assert api.client.get(f"/api/posts/{post['id']}").json()["comment_count"] == 1

    def test_Create_OnMissingPost_Returns404(self, api: Api) -> None:
        response = api.client.post(
            "/api/posts/999/comments", json={"content": "Hello?"}, headers=api.token_for("bob")
        )
        assert response.status_code == 404

    def test_Create_WithoutToken_Returns401(self, api: Api) -> None:
        post = api.create_post(api.token_for("alice"))
        response = api.client.post(f"/api/posts/{post['id']}/comments", json={"content": "anon"})
        assert response.status_code == 401

    @pytest.mark.parametrize("payload", [{}, {"content": ""}, {"content": None}])
    def test_Create_InvalidPayload_Returns422(self, api: Api, payload: dict) -> None:
        headers = api.token_for("alice")
        post = api.create_post(headers)
        response = api.client.post(f"/api/posts/{post['id']}/comments", json=payload, headers=headers)
        assert response.status_code == 422

    def test_GetForPost_Anonymous_ReturnsPagedComments(self, api: Api) -> None:
        headers = api.token_for("alice")
        post = api.create_post(headers)
        for i in range(3):
            api.client.post(f"/api/posts/{post['id']}/comments", json={"content": f"c{i}"}, headers=headers)

        response = api.client.get(f"/api/posts/{post['id']}/comments", params={"limit": 2})

        assert response.status_code == 200
        body = response.json()
        assert body["total"] == 3
        assert [c["content"] for c in body["items"]] == ["c0", "c1"]

    def test_GetForPost_MissingPost_Returns404(self, client: TestClient) -> None:
        assert client.get("/api/posts/999/comments").status_code == 404

    def test_DeletePost_RemovesItsComments(self, api: Api) -> None:
        headers = api.token_for("alice")
        post = api.create_post(headers)
        api.client.post(f"/api/posts/{post['id']}/comments", json={"content": "bye"}, headers=headers)

        api.client.delete(f"/api/posts/{post['id']}", headers=headers)

        assert api.client.get(f"/api/posts/{post['id']}/comments").status_code == 404
