from typing import Callable, Dict

from fastapi.testclient import TestClient

Login = Callable[[str], Dict[str, str]]


class TestPostController:
    def test_create_and_get(self, client: TestClient, login: Login) -> None:
        headers = login("john")
        created = client.post("/posts", json={"title": "Hello", "content": "World"}, headers=headers)
        assert created.status_code == 201
        body = created.json()
        assert body["author"]["username"] == "john"
        assert body["comment_count"] == 0

        fetched = client.get(f"/posts/{body['id']}")
        assert fetched.status_code == 200
        assert fetched.json()["title"] == "Hello"

    def test_create_requires_authentication(self, client: TestClient) -> None:
        assert client.post("/posts", json={"title": "a", "content": "b"}).status_code == 401

    def test_create_validation(self, client: TestClient, login: Login) -> None:
        headers = login("john")
        assert client.post("/posts", json={"title": ""}, headers=headers).status_code == 422
        assert client.post("/posts", json={"content": "x"}, headers=headers).status_code == 422

    def test_get_unknown_post(self, client: TestClient) -> None:
        assert client.get("/posts/999").status_code == 404

    def test_list_pagination(self, client: TestClient, login: Login) -> None:
        headers = login("john")
        for i in range(3):
            client.post("/posts", json={"title": f"P{i}", "content": "c"}, headers=headers)
        response = client.get("/posts?limit=2&offset=1")
        assert [p["title"] for p in response.json()] == ["P1", "P2"]
        assert client.get("/posts?limit=1000").status_code == 422
        assert client.get("/posts?offset=-5").status_code == 422

    def test_update_by_author(self, client: TestClient, login: Login) -> None:
        headers = login("john")
        post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=headers).json()["id"]
        response = client.put(f"/posts/{post_id}", json={"title": "new", "content": "b"}, headers=headers)
        assert response.status_code == 200
        assert response.json()["title"] == "new"

    def test_update_by_other_user_is_forbidden(self, client: TestClient, login: Login) -> None:
        post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=login("john")).json()["id"]
        response = client.put(f"/posts/{post_id}", json={"title": "x", "content": "y"}, headers=login("jane"))
        assert response.status_code == 403

    def test_delete(self, client: TestClient, login: Login) -> None:
        headers = login("john")
        post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=headers).json()["id"]
        assert client.delete(f"/posts/{post_id}", headers=login("jane")).status_code == 403
        assert client.delete(f"/posts/{post_id}", headers=headers).status_code == 204
        assert client.delete(f"/posts/{post_id}", headers=headers).status_code == 404


class TestCommentEndpoints:
    def test_add_and_list_comments(self, client: TestClient, login: Login) -> None:
        headers = login("john")
        post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=headers).json()["id"]
        response = client.post(f"/posts/{post_id}/comments", json={"content": "first!"}, headers=login("jane"))
        assert response.status_code == 201
        comments = client.get(f"/posts/{post_id}/comments").json()
        assert [c["author"]["username"] for c in comments] == ["jane"]
        assert client.get(f"/posts/{post_id}").json()["comment_count"] == 1

    def test_comment_on_missing_post(self, client: TestClient, login: Login) -> None:
        response = client.post("/posts/42/comments", json={"content": "hi"}, headers=login("john"))
        assert response.status_code == 404

    def test_comment_requires_authentication(self, client: TestClient, login: Login) -> None:
        post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=login("john")).json()["id"]
        assert client.post(f"/posts/{post_id}/comments", json={"content": "hi"}).status_code == 401

    def test_empty_comment_rejected(self, client: TestClient, login: Login) -> None:
        headers = login("john")
        post_id = client.post("/posts", json={"title": "a", "content": "b"}, headers=headers).json()["id"]
        assert client.post(f"/posts/{post_id}/comments", json={"content": ""}, headers=headers).status_code == 422
