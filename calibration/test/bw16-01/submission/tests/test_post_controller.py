from fastapi.testclient import TestClient


def create_post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post("/api/posts", json={"title": title, "content": "Some content"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


class TestCreatePost:
    def test_create_returns_201_with_id(self, client: TestClient, alice: dict[str, str]) -> None:
        post = create_post(client, alice)

        assert post["id"] > 0
        assert post["author_username"] == "alice"
        assert post["comment_count"] == 0

    def test_create_without_token_returns_401(self, client: TestClient) -> None:
        response = client.post("/api/posts", json={"title": "t", "content": "c"})

        assert response.status_code == 401

    def test_create_with_empty_title_returns_422(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.post("/api/posts", json={"title": "", "content": "c"}, headers=alice)

        assert response.status_code == 422

    def test_create_with_wrong_type_returns_422(self, client: TestClient, alice: dict[str, str]) -> None:
        response = client.post("/api/posts", json={"title": ["x"], "content": "c"}, headers=alice)

        assert response.status_code == 422


class TestReadPosts:
    def test_anyone_can_list_posts(self, client: TestClient, alice: dict[str, str]) -> None:
        create_post(client, alice, "first")
        create_post(client, alice, "second")

        response = client.get("/api/posts")

        assert response.status_code == 200
        assert response.json()["total"] == 2
        assert [p["title"] for p in response.json()["items"]] == ["second", "first"]

    def test_pagination(self, client: TestClient, alice: dict[str, str]) -> None:
        for i in range(3):
            create_post(client, alice, f"post {i}")

        response = client.get("/api/posts", params={"limit": 2, "offset": 2})

        assert response.status_code == 200
        assert len(response.json()["items"]) == 1

    def test_limit_above_maximum_returns_422(self, client: TestClient) -> None:
        assert client.get("/api/posts", params={"limit": 101}).status_code == 422

    def test_negative_offset_returns_422(self, client: TestClient) -> None:
        assert client.get("/api/posts", params={"offset": -1}).status_code == 422

    def test_missing_post_returns_404(self, client: TestClient) -> None:
        response = client.get("/api/posts/999")

        assert response.status_code == 404
        assert response.json()["message"] == "Post with id 999 not found"


class TestModifyPost:
    def test_author_can_update(self, client: TestClient, alice: dict[str, str]) -> None:
        post = create_post(client, alice)

        response = client.patch(f"/api/posts/{post['id']}", json={"title": "Edited"}, headers=alice)

        assert response.status_code == 200
        assert response.json()["title"] == "Edited"
        assert response.json()["content"] == "Some content"
        assert response.json()["updated_at"] is not None

    def test_other_user_cannot_update(self, client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
        post = create_post(client, alice)

        response = client.patch(f"/api/posts/{post['id']}", json={"title": "Hacked"}, headers=bob)

        assert response.status_code == 403
        assert client.get(f"/api/posts/{post['id']}").json()["title"] == "Hello"

    def test_other_user_cannot_delete(self, client: TestClient, alice: dict[str, str], bob: dict[str, str]) -> None:
        post = create_post(client, alice)

        assert client.delete(f"/api/posts/{post['id']}", headers=bob).status_code == 403

    def test_author_can_delete(self, client: TestClient, alice: dict[str, str]) -> None:
        post = create_post(client, alice)

        response = client.delete(f"/api/posts/{post['id']}", headers=alice)

        assert response.status_code == 204
        assert response.content == b""
        assert client.get(f"/api/posts/{post['id']}").status_code == 404

    def test_update_missing_post_returns_404(self, client: TestClient, alice: dict[str, str]) -> None:
        assert client.patch("/api/posts/42", json={"title": "x"}, headers=alice).status_code == 404
