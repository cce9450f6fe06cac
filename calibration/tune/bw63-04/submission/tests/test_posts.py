import unittest

from .base import BlogTestCase


class PostTests(BlogTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.ada = self.new_user("ada")
        self.bob = self.new_user("bob")

    def test_create_201_with_id_and_author(self) -> None:
        p = self.new_post(self.ada)
        self.assertIsInstance(p["id"], int)
        self.assertEqual(p["author"]["username"], "ada")
        self.assertEqual(p["comment_count"], 0)
        self.assertIsNone(p["updated_at"])

    def test_create_requires_token(self) -> None:
        r = self.client.post("/posts", json={"title": "t", "content": "c"})
        self.assertEqual(r.status_code, 401)

    def test_create_validation(self) -> None:
        for body in ({}, {"title": "t"}, {"title": "   ", "content": "c"},
                     {"title": "t" * 201, "content": "c"}, {"title": 1, "content": "c"},
                     {"title": "t", "content": "c", "author_id": 2}):
            with self.subTest(body=body):
                r = self.client.post("/posts", json=body, headers=self.ada)
                self.assertEqual(r.status_code, 422)
        self.assertEqual(self.client.get("/posts").json()["total"], 0)

    def test_anyone_can_read(self) -> None:
        p = self.new_post(self.ada)
        r = self.client.get(f"/posts/{p['id']}")
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["title"], "Hello")

    def test_missing_post_404(self) -> None:
        self.assertEqual(self.client.get("/posts/999").status_code, 404)
        self.assertEqual(self.client.get(f"/posts/{2**70}").status_code, 422)
        self.assertEqual(self.client.get("/posts/0").status_code, 422)

    def test_list_is_paginated_newest_first(self) -> None:
        for i in range(5):
            self.new_post(self.ada, title=f"p{i}")
        r = self.client.get("/posts", params={"limit": 2, "offset": 1})
        self.assertEqual(r.status_code, 200)
        body = r.json()
        self.assertEqual(body["total"], 5)
        self.assertEqual([p["title"] for p in body["items"]], ["p3", "p2"])

    def test_list_bounds_422(self) -> None:
        for params in ({"limit": 0}, {"limit": 101}, {"offset": -1}, {"limit": "ten"}):
            with self.subTest(params=params):
                self.assertEqual(self.client.get("/posts", params=params).status_code, 422)

    def test_author_can_patch(self) -> None:
        p = self.new_post(self.ada)
        r = self.client.patch(f"/posts/{p['id']}", json={"title": "New"}, headers=self.ada)
        self.assertEqual(r.status_code, 200)
        self.assertEqual(r.json()["title"], "New")
        self.assertEqual(r.json()["content"], "World")
        self.assertIsNotNone(r.json()["updated_at"])

    def test_patch_rejects_null_and_empty(self) -> None:
        p = self.new_post(self.ada)
        for body in ({}, {"title": None}, {"content": ""}):
            with self.subTest(body=body):
                r = self.client.patch(f"/posts/{p['id']}", json=body, headers=self.ada)
                self.assertEqual(r.status_code, 422)

    def test_other_user_cannot_patch_or_delete(self) -> None:
        p = self.new_post(self.ada)
        r = self.client.patch(f"/posts/{p['id']}", json={"title": "pwned"}, headers=self.bob)
        self.assertEqual(r.status_code, 403)
        self.assertEqual(self.client.delete(f"/posts/{p['id']}", headers=self.bob).status_code, 403)
        self.assertEqual(self.client.get(f"/posts/{p['id']}").json()["title"], "Hello")

    def test_patch_delete_missing_404(self) -> None:
        self.assertEqual(
            self.client.patch("/posts/999", json={"title": "x"}, headers=self.ada).status_code, 404
        )
        self.assertEqual(self.client.delete("/posts/999", headers=self.ada).status_code, 404)

    def test_delete_204_cascades_comments(self) -> None:
        p = self.new_post(self.ada)
        self.client.post(f"/posts/{p['id']}/comments", json={"body": "hi"}, headers=self.bob)
        r = self.client.delete(f"/posts/{p['id']}", headers=self.ada)
        self.assertEqual(r.status_code, 204)
        self.assertEqual(r.content, b"")
        self.assertEqual(self.client.get(f"/posts/{p['id']}").status_code, 404)
        self.assertEqual(self.client.get(f"/posts/{p['id']}/comments").status_code, 404)


if __name__ == "__main__":
    unittest.main()
