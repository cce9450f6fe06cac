import unittest

from .base import BlogTestCase


class CommentTests(BlogTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.ada = self.new_user("ada")
        self.bob = self.new_user("bob")
        self.post = self.new_post(self.ada)
        self.url = f"/posts/{self.post['id']}/comments"

    def test_comment_201_and_count(self) -> None:
        r = self.client.post(self.url, json={"body": "nice"}, headers=self.bob)
        self.assertEqual(r.status_code, 201)
        self.assertEqual(r.json()["author"]["username"], "bob")
        self.assertEqual(r.json()["post_id"], self.post["id"])
        self.assertEqual(self.client.get(f"/posts/{self.post['id']}").json()["comment_count"], 1)

    def test_comment_requires_token(self) -> None:
        self.assertEqual(self.client.post(self.url, json={"body": "x"}).status_code, 401)

    def test_comment_on_missing_post_404(self) -> None:
        r = self.client.post("/posts/999/comments", json={"body": "x"}, headers=self.bob)
        self.assertEqual(r.status_code, 404)
        self.assertEqual(self.client.get("/posts/999/comments").status_code, 404)

    def test_comment_validation(self) -> None:
        for body in ({}, {"body": ""}, {"body": "  "}, {"body": "x" * 2001}, {"body": 3}):
            with self.subTest(body=body):
                self.assertEqual(self.client.post(self.url, json=body, headers=self.bob).status_code, 422)

    def test_list_paginated_oldest_first(self) -> None:
        for i in range(4):
            self.client.post(self.url, json={"body": f"c{i}"}, headers=self.bob)
        r = self.client.get(self.url, params={"limit": 2, "offset": 1})
        self.assertEqual(r.status_code, 200)
        self.assertEqual([c["body"] for c in r.json()["items"]], ["c1", "c2"])
        self.assertEqual(r.json()["total"], 4)
        self.assertEqual(self.client.get(self.url, params={"limit": 500}).status_code, 422)

    def test_delete_own_comment_only(self) -> None:
        cid = self.client.post(self.url, json={"body": "mine"}, headers=self.bob).json()["id"]
        self.assertEqual(self.client.delete(f"/comments/{cid}", headers=self.ada).status_code, 403)
        self.assertEqual(self.client.delete(f"/comments/{cid}", headers=self.bob).status_code, 204)
        self.assertEqual(self.client.delete(f"/comments/{cid}", headers=self.bob).status_code, 404)


if __name__ == "__main__":
    unittest.main()
