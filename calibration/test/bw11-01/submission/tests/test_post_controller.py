from fastapi.testclient import TestClient


class TestAuthController:
    def test_register_returns_created_user(self, client: TestClient) -> None:
        response = client.post(
            "/auth/register", json={"username": "bob", "password": "password123"}
        )
        assert response.status_code == 201
        assert response.json()["username"] == "bob"
        assert "password" not in response.json()

    def test_login_returns_token(self, client: TestClient) -> None:
        client.post("/auth/register", json={"username": "carol", "password": "password123"})
        response = client.post(
            "/auth/token", data={"username": "carol", "password": "password123"}
        )
        assert response.status_code == 200
        assert response.json()["token_type"] == "bearer"


class TestPostController:
    def test_create_post(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        response = client.post(
            "/posts", json={"title": "Hello", "content": "World"}, headers=auth_headers
        )
        assert response.status_code == 201
        body = response.json()
        assert body["id"] > 0
        assert body["author"] == "alice"

    def test_get_post(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        created = client.post(
            "/posts", json={"title": "Read me", "content": "..."}, headers=auth_headers
        ).json()
        response = client.get(f"/posts/{created['id']}")
        assert response.status_code == 200
        assert response.json()["title"] == "Read me"

    def test_list_posts(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        client.post("/posts", json={"title": "One", "content": "1"}, headers=auth_headers)
        response = client.get("/posts", params={"limit": 5})
        assert response.status_code == 200
        assert len(response.json()["content"]) <= 5

    def test_update_post(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        created = client.post(
            "/posts", json={"title": "Old", "content": "old"}, headers=auth_headers
        ).json()
        response = client.put(
            f"/posts/{created['id']}",
            json={"title": "New", "content": "new"},
            headers=auth_headers,
        )
        assert response.status_code == 200
        assert response.json()["title"] == "New"

    def test_delete_post(self, client: TestClient, auth_headers: dict[str, str]) -> None:
        created = client.post(
            "/posts", json={"title": "Bye", "content": "bye"}, headers=auth_headers
        ).json()
        response = client.delete(f"/posts/{created['id']}", headers=auth_headers)
        assert response.status_code == 204


class TestCommentController:
    def test_add_and_list_comments(
        self, client: TestClient, auth_headers: dict[str, str]
    ) -> None:
        post = client.post(
            "/posts", json={"title": "Discuss", "content": "..."}, headers=auth_headers
        ).json()
        response = client.post(
            f"/posts/{post['id']}/comments", json={"body": "Nice"}, headers=auth_headers
        )
        assert response.status_code == 201
        listing = client.get(f"/posts/{post['id']}/comments")
        assert listing.status_code == 200
        assert listing.json()["content"][0]["body"] == "Nice"
