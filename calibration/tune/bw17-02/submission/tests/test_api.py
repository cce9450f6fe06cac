import os
import tempfile
import unittest

_db_file = os.path.join(tempfile.mkdtemp(), "test_blog.db")
os.environ["BLOG_DATABASE_URL"] = f"sqlite:///{_db_file}"
os.environ.setdefault("BLOG_JWT_SECRET", "test-secret-only-used-in-tests-0123456789")

from fastapi.testclient import TestClient  # noqa: E402

from app.database import Base, engine  # noqa: E402
from app.main import app  # noqa: E402


class BlogAPITestCase(unittest.TestCase):
    def setUp(self) -> None:
        Base.metadata.drop_all(bind=engine)
        Base.metadata.create_all(bind=engine)
        self.client = TestClient(app)

    # helpers

    def signup_and_login(self, username: str = "alice", password: str = "supersecret") -> dict:
        response = self.client.post("/auth/signup", json={"username": username, "password": password})
        self.assertEqual(response.status_code, 201)
        response = self.client.post("/auth/token", data={"username": username, "password": password})
        self.assertEqual(response.status_code, 200)
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def create_post(self, headers: dict, title: str = "Hello", content: str = "World") -> dict:
        response = self.client.post("/posts", json={"title": title, "content": content}, headers=headers)
        self.assertEqual(response.status_code, 201)
        return response.json()

    # auth

    def test_signup_returns_user_without_password(self) -> None:
        response = self.client.post("/auth/signup", json={"username": "bob", "password": "supersecret"})
        self.assertEqual(response.status_code, 201)
        body = response.json()
        self.assertEqual(body["username"], "bob")
        self.assertIn("id", body)
        self.assertIn("createdAt", body)
        self.assertNotIn("password", body)
        self.assertNotIn("passwordHash", body)

    def test_login_returns_bearer_token(self) -> None:
        self.client.post("/auth/signup", json={"username": "bob", "password": "supersecret"})
        response = self.client.post("/auth/token", data={"username": "bob", "password": "supersecret"})
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["token_type"], "bearer")
        self.assertGreater(body["expires_in"], 0)

    def test_me(self) -> None:
        headers = self.signup_and_login()
        response = self.client.get("/auth/me", headers=headers)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["username"], "alice")

    # posts

    def test_create_post_shape(self) -> None:
        headers = self.signup_and_login()
        post = self.create_post(headers, "First", "My first post")
        self.assertEqual(
            set(post.keys()),
            {"id", "title", "content", "author", "commentCount", "createdAt", "updatedAt"},
        )
        self.assertEqual(post["title"], "First")
        self.assertEqual(post["author"]["username"], "alice")
        self.assertEqual(post["commentCount"], 0)

    def test_list_posts_is_paginated(self) -> None:
        headers = self.signup_and_login()
        for i in range(3):
            self.create_post(headers, f"Post {i}")
        response = self.client.get("/posts", params={"limit": 2})
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(len(body["items"]), 2)
        self.assertEqual(body["meta"], {"limit": 2, "offset": 0, "total": 3, "hasMore": True})
        self.assertEqual(body["items"][0]["title"], "Post 2")

        response = self.client.get("/posts", params={"limit": 2, "offset": 2})
        self.assertFalse(response.json()["meta"]["hasMore"])

    def test_read_post(self) -> None:
        headers = self.signup_and_login()
        post = self.create_post(headers)
        response = self.client.get(f"/posts/{post['id']}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["id"], post["id"])

    def test_update_post(self) -> None:
        headers = self.signup_and_login()
        post = self.create_post(headers)
        response = self.client.patch(f"/posts/{post['id']}", json={"title": "Edited"}, headers=headers)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "Edited")
        self.assertEqual(response.json()["content"], "World")

    def test_delete_post(self) -> None:
        headers = self.signup_and_login()
        post = self.create_post(headers)
        response = self.client.delete(f"/posts/{post['id']}", headers=headers)
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response.content, b"")

    # comments

    def test_comment_flow(self) -> None:
        headers = self.signup_and_login()
        post = self.create_post(headers)
        response = self.client.post(
            f"/posts/{post['id']}/comments", json={"body": "Nice post!"}, headers=headers
        )
        self.assertEqual(response.status_code, 201)
        comment = response.json()
        self.assertEqual(comment["postId"], post["id"])
        self.assertEqual(comment["author"]["username"], "alice")

        response = self.client.get(f"/posts/{post['id']}/comments")
        self.assertEqual(response.status_code, 200)
        self.assertEqual([c["body"] for c in response.json()], ["Nice post!"])

        response = self.client.get(f"/posts/{post['id']}")
        self.assertEqual(response.json()["commentCount"], 1)


if __name__ == "__main__":
    unittest.main()
