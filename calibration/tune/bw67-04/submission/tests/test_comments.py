from tests.base import APITestCase


class CommentTests(APITestCase):
    async def asyncSetUp(self) -> None:
        await super().asyncSetUp()
        self.alice = await self.signup_and_login("alice")
        self.bob = await self.signup_and_login("bob")
        self.post = await self.create_post(self.alice)
        self.url = f"/api/posts/{self.post['id']}/comments"

    async def test_logged_in_user_can_comment(self) -> None:
        response = await self.client.post(self.url, json={"body": "Nice!"}, headers=self.bob)
        self.assertEqual(response.status_code, 201)
        body = response.json()
        self.assertIsInstance(body["id"], int)
        self.assertEqual(body["author"]["username"], "bob")
        self.assertEqual(body["post_id"], self.post["id"])

    async def test_anonymous_cannot_comment(self) -> None:
        response = await self.client.post(self.url, json={"body": "Nice!"})
        self.assertEqual(response.status_code, 401)

    async def test_comment_on_missing_post_is_404(self) -> None:
        response = await self.client.post(
            "/api/posts/424242/comments", json={"body": "Hello?"}, headers=self.bob
        )
        self.assertEqual(response.status_code, 404)

    async def test_empty_comment_is_422(self) -> None:
        for payload in ({}, {"body": ""}, {"body": None}):
            with self.subTest(payload=payload):
                response = await self.client.post(self.url, json=payload, headers=self.bob)
                self.assertEqual(response.status_code, 422)

    async def test_anyone_can_list_comments_paginated(self) -> None:
        for i in range(3):
            await self.client.post(self.url, json={"body": f"c{i}"}, headers=self.bob)
        response = await self.client.get(f"{self.url}?limit=2")
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["count"], 3)
        self.assertEqual([c["body"] for c in body["results"]], ["c0", "c1"])

    async def test_list_comments_of_missing_post_is_404(self) -> None:
        response = await self.client.get("/api/posts/424242/comments")
        self.assertEqual(response.status_code, 404)

    async def test_comment_count_on_post(self) -> None:
        await self.client.post(self.url, json={"body": "one"}, headers=self.bob)
        await self.client.post(self.url, json={"body": "two"}, headers=self.alice)
        response = await self.client.get(f"/api/posts/{self.post['id']}")
        self.assertEqual(response.json()["comment_count"], 2)

    async def test_deleting_post_removes_its_comments(self) -> None:
        await self.client.post(self.url, json={"body": "one"}, headers=self.bob)
        response = await self.client.delete(f"/api/posts/{self.post['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 204)
        response = await self.client.get(self.url)
        self.assertEqual(response.status_code, 404)
