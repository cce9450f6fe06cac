"""Functional tests of the HTTP interface.

Every test case runs against a fresh in-memory database, so test cases are
independent of each other and of the order in which they run.
"""

import time
import unittest

from fastapi.testclient import TestClient

from blogapi import security
from blogapi.application import create_app
from blogapi.config import Config

PASSWORD = "s3cret-enough"


class ApiTestCase(unittest.TestCase):
    """Base class providing a client and helpers for authentication."""

    def setUp(self):
        self.config = Config(database_url="sqlite://", secret_key="test-key", token_lifetime_s=60)
        self.client = TestClient(create_app(self.config))

    def register(self, username):
        response = self.client.post("/users", json={"username": username, "password": PASSWORD})
        self.assertEqual(response.status_code, 201, response.text)
        return response.json()

    def login(self, username):
        response = self.client.post(
            "/auth/token", data={"username": username, "password": PASSWORD}
        )
        self.assertEqual(response.status_code, 200, response.text)
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def new_author(self, username):
        self.register(username)
        return self.login(username)

    def publish(self, headers, title="A title", content="Some content"):
        response = self.client.post(
            "/posts", json={"title": title, "content": content}, headers=headers
        )
        self.assertEqual(response.status_code, 201, response.text)
        return response.json()


class TestAccounts(ApiTestCase):
    def test_register_hides_password(self):
        body = self.register("ada")
        self.assertEqual(set(body), {"id", "username", "created_at"})

    def test_register_duplicate_is_409(self):
        self.register("ada")
        response = self.client.post("/users", json={"username": "ada", "password": PASSWORD})
        self.assertEqual(response.status_code, 409)

    def test_register_rejects_malformed_input(self):
        for body in (
            {},
            {"username": "ada"},
            {"username": "a!", "password": PASSWORD},
            {"username": "ada", "password": "short"},
            {"username": ["ada"], "password": PASSWORD},
        ):
            with self.subTest(body=body):
                self.assertEqual(self.client.post("/users", json=body).status_code, 422)

    def test_login_with_wrong_password_is_401(self):
        self.register("ada")
        response = self.client.post("/auth/token", data={"username": "ada", "password": "nope"})
        self.assertEqual(response.status_code, 401)

    def test_login_unknown_user_is_401(self):
        response = self.client.post("/auth/token", data={"username": "bob", "password": PASSWORD})
        self.assertEqual(response.status_code, 401)

    def test_me(self):
        headers = self.new_author("ada")
        self.assertEqual(self.client.get("/users/me", headers=headers).json()["username"], "ada")


class TestTokens(ApiTestCase):
    def test_forged_signature_is_rejected(self):
        headers = self.new_author("ada")
        token = headers["Authorization"].removeprefix("Bearer ")
        forged = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
        response = self.client.get("/users/me", headers={"Authorization": f"Bearer {forged}"})
        self.assertEqual(response.status_code, 401)

    def test_expired_token_is_rejected(self):
        self.register("ada")
        token = security.issue_token(1, "test-key", lifetime_s=-1)
        response = self.client.get("/users/me", headers={"Authorization": f"Bearer {token}"})
        self.assertEqual(response.status_code, 401)

    def test_garbage_token_is_rejected(self):
        for token in ("", "abc", "a.b.c", "!!!.???"):
            with self.subTest(token=token):
                response = self.client.post(
                    "/posts",
                    json={"title": "t", "content": "c"},
                    headers={"Authorization": f"Bearer {token}"},
                )
                self.assertEqual(response.status_code, 401)

    def test_round_trip(self):
        token = security.issue_token(42, "k", 10)
        self.assertEqual(security.read_token(token, "k"), 42)
        with self.assertRaises(security.InvalidToken):
            security.read_token(token, "other-key")


class TestPosts(ApiTestCase):
    def test_publish_read_edit_delete(self):
        headers = self.new_author("ada")
        post = self.publish(headers)
        self.assertEqual(post["author"]["username"], "ada")

        self.assertEqual(self.client.get(f"/posts/{post['id']}").status_code, 200)

        response = self.client.patch(
            f"/posts/{post['id']}", json={"title": "New title"}, headers=headers
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "New title")
        self.assertEqual(response.json()["content"], "Some content")

        response = self.client.delete(f"/posts/{post['id']}", headers=headers)
        self.assertEqual(response.status_code, 204)
        self.assertEqual(self.client.get(f"/posts/{post['id']}").status_code, 404)

    def test_write_without_token_is_401(self):
        response = self.client.post("/posts", json={"title": "t", "content": "c"})
        self.assertEqual(response.status_code, 401)

    def test_non_author_gets_403(self):
        post = self.publish(self.new_author("ada"))
        intruder = self.new_author("eve")
        response = self.client.patch(f"/posts/{post['id']}", json={"title": "x"}, headers=intruder)
        self.assertEqual(response.status_code, 403)
        response = self.client.delete(f"/posts/{post['id']}", headers=intruder)
        self.assertEqual(response.status_code, 403)

    def test_missing_post_is_404(self):
        headers = self.new_author("ada")
        self.assertEqual(self.client.get("/posts/999").status_code, 404)
        self.assertEqual(
            self.client.patch("/posts/999", json={"title": "x"}, headers=headers).status_code, 404
        )
        self.assertEqual(self.client.delete("/posts/999", headers=headers).status_code, 404)

    def test_invalid_post_bodies_are_422(self):
        headers = self.new_author("ada")
        for body in ({}, {"title": ""}, {"title": "t"}, {"title": 3, "content": "c"}):
            with self.subTest(body=body):
                response = self.client.post("/posts", json=body, headers=headers)
                self.assertEqual(response.status_code, 422)

    def test_pagination(self):
        headers = self.new_author("ada")
        for i in range(5):
            self.publish(headers, title=f"post {i}")
        page = self.client.get("/posts", params={"limit": 2, "offset": 1}).json()
        self.assertEqual(page["total"], 5)
        self.assertEqual([p["title"] for p in page["items"]], ["post 3", "post 2"])

    def test_pagination_bounds(self):
        for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "x"}):
            with self.subTest(params=params):
                self.assertEqual(self.client.get("/posts", params=params).status_code, 422)


class TestComments(ApiTestCase):
    def test_comment_and_list(self):
        post = self.publish(self.new_author("ada"))
        reader = self.new_author("bob")
        response = self.client.post(
            f"/posts/{post['id']}/comments", json={"body": "Nice"}, headers=reader
        )
        self.assertEqual(response.status_code, 201)
        page = self.client.get(f"/posts/{post['id']}/comments").json()
        self.assertEqual(page["total"], 1)
        self.assertEqual(page["items"][0]["author"]["username"], "bob")

    def test_comment_on_missing_post_is_404(self):
        headers = self.new_author("bob")
        response = self.client.post("/posts/12345/comments", json={"body": "x"}, headers=headers)
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self.client.get("/posts/12345/comments").status_code, 404)

    def test_comment_requires_token_and_body(self):
        post = self.publish(self.new_author("ada"))
        url = f"/posts/{post['id']}/comments"
        self.assertEqual(self.client.post(url, json={"body": "x"}).status_code, 401)
        headers = self.login("ada")
        self.assertEqual(self.client.post(url, json={"body": ""}, headers=headers).status_code, 422)

    def test_deleting_post_deletes_comments(self):
        headers = self.new_author("ada")
        post = self.publish(headers)
        self.client.post(f"/posts/{post['id']}/comments", json={"body": "x"}, headers=headers)
        self.client.delete(f"/posts/{post['id']}", headers=headers)
        self.assertEqual(self.client.get(f"/posts/{post['id']}/comments").status_code, 404)


if __name__ == "__main__":
    unittest.main()
