from fastapi.testclient import TestClient

from tests.test_post_controller import create_post


class TestComments:
    def test_comment_on_post(self, client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
        post = create_post(client, alice)

        response = client.post(f"/api/posts/{post['id']}/comments", json={"content": "Nice!"}, headers=bob)

        assert response.status_code == 201
        assert response.json()["author_username"] == "bob"
        assert client.get(f"/api/posts/{post['id']}").json()["comment_count"] == 1

    def test_anyone_can_read_comments(self, client: TestClient, alice: dict[str, str]) -> None:
        post = create_post(client, alice)
        client.post(f"/api/posts/{post['id']}/comments", json={"content": "one"}, headers=alice)
        client.post(f"/api/posts/{post['id']}/comments", json={"content": "two"}, headers=alice)

        response = client.get(f"/api/posts/{post['id']}/comments", params={"limit": 1})

        assert response.status_code == 200
        assert response.json()["total"] == 2
        assert [c["content"] for c in response.json()["items"]] == ["one"]

    def test_comment_on_missing_post_returns_404(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.post("/api/posts/999/comments", json={"content": "hello?"}, headers=alice)

        assert response.status_code == 404

    def test_comments_of_missing_post_returns_404(self, client: TestClient) -> None:
        assert client.get("/api/posts/999/comments").status_code == 404

    def test_comment_without_token_returns_401(self, client: TestClient, alice: dict[str, str]) -> None:
        post = create_post(client, alice)

        response = client.post(f"/api/posts/{post['id']}/comments", json={"content": "anon"})

        assert response.status_code == 401

    def test_empty_comment_returns_422(self, client: TestClient, alice: dict[str, str]) -> None:
        post = create_post(client, alice)

        response = client.post(f"/api/posts/{post['id']}/comments", json={"content": ""}, headers=alice)

        assert response.status_code == 422
