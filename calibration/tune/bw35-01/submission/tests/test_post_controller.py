from collections.abc import Callable

from fastapi.testclient import TestClient

Login = Callable[..., dict[str, str]]


def _create_post(client: TestClient, headers: dict[str, str], title: str = "Hello") -> dict:
    response = client.post("/api/v1/posts", json={"title": title, "content": "World"}, headers=headers)
    assert response.status_code == 201, response.text
    return response.json()


class TestPostController:
    def test_create_post_returns_201_with_id(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")

        post = _create_post(client, headers)

        assert post["id"] > 0
        assert post["authorUsername"] == "alice"
        assert post["commentCount"] == 0

    def test_create_post_without_token_returns_401(self, client: TestClient) -> None:
        response = client.post("/api/v1/posts", json={"title": "t", "content": "c"})

        assert response.status_code == 401

    def test_create_post_with_blank_title_returns_422(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")

        response = client.post("/api/v1/posts", json={"title": "", "content": "c"}, headers=headers)

        assert response.status_code == 422

    def test_create_post_with_wrong_type_returns_422(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")

        response = client.post("/api/v1/posts", json={"title": ["x"], "content": 5}, headers=headers)

        assert response.status_code == 422

    def test_anyone_can_list_and_read(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")
        created = _create_post(client, headers)

        listing = client.get("/api/v1/posts")
        single = client.get(f"/api/v1/posts/{created['id']}")

        assert listing.status_code == 200
        assert listing.json()["totalElements"] == 1
        assert single.status_code == 200
        assert single.json()["title"] == "Hello"

    def test_pagination_limits_are_enforced(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")
        for i in range(3):
            _create_post(client, headers, title=f"post {i}")

        page = client.get("/api/v1/posts", params={"limit": 2, "offset": 1}).json()

        assert len(page["content"]) == 2
        assert page["totalElements"] == 3
        assert client.get("/api/v1/posts", params={"limit": 0}).status_code == 422
        assert client.get("/api/v1/posts", params={"limit": 101}).status_code == 422
        assert client.get("/api/v1/posts", params={"offset": -1}).status_code == 422

    def test_unknown_post_returns_404(self, client: TestClient) -> None:
        assert client.get("/api/v1/posts/9999").status_code == 404

    def test_author_can_update_and_delete(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")
        post = _create_post(client, headers)

        updated = client.put(
            f"/api/v1/posts/{post['id']}", json={"title": "New", "content": "Body"}, headers=headers
        )
        deleted = client.delete(f"/api/v1/posts/{post['id']}", headers=headers)

        assert updated.status_code == 200
        assert updated.json()["title"] == "New"
        assert deleted.status_code == 204
        assert client.get(f"/api/v1/posts/{post['id']}").status_code == 404

    def test_other_user_cannot_update_or_delete(self, client: TestClient, register_and_login: Login) -> None:
        alice = register_and_login("alice")
        bob = register_and_login("bob")
        post = _create_post(client, alice)

        update = client.put(f"/api/v1/posts/{post['id']}", json={"title": "x", "content": "y"}, headers=bob)
        delete = client.delete(f"/api/v1/posts/{post['id']}", headers=bob)

        assert update.status_code == 403
        assert delete.status_code == 403
        assert client.get(f"/api/v1/posts/{post['id']}").json()["title"] == "Hello"

    def test_update_missing_post_returns_404(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")

        response = client.put("/api/v1/posts/424242", json={"title": "x", "content": "y"}, headers=headers)

        assert response.status_code == 404


class TestCommentController:
    def test_comment_lifecycle(self, client: TestClient, register_and_login: Login) -> None:
        alice = register_and_login("alice")
        bob = register_and_login("bob")
        post = _create_post(client, alice)

        created = client.post(f"/api/v1/posts/{post['id']}/comments", json={"content": "Nice"}, headers=bob)
        listing = client.get(f"/api/v1/posts/{post['id']}/comments")

        assert created.status_code == 201
        assert created.json()["authorUsername"] == "bob"
        assert listing.status_code == 200
        assert [c["content"] for c in listing.json()["content"]] == ["Nice"]
        assert client.get(f"/api/v1/posts/{post['id']}").json()["commentCount"] == 1

    def test_comment_on_missing_post_returns_404(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")

        response = client.post("/api/v1/posts/777/comments", json={"content": "hi"}, headers=headers)

        assert response.status_code == 404

    def test_comment_requires_auth(self, client: TestClient, register_and_login: Login) -> None:
        post = _create_post(client, register_and_login("alice"))

        response = client.post(f"/api/v1/posts/{post['id']}/comments", json={"content": "hi"})

        assert response.status_code == 401

    def test_empty_comment_returns_422(self, client: TestClient, register_and_login: Login) -> None:
        headers = register_and_login("alice")
        post = _create_post(client, headers)

        response = client.post(f"/api/v1/posts/{post['id']}/comments", json={"content": ""}, headers=headers)

        assert response.status_code == 422
