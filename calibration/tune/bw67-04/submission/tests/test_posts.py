from tests.base import APITestCase


class PostReadTests(APITestCase):
    async def test_anonymous_can_list_and_read(self) -> None:
        alice = await self.signup_and_login("alice")
        post = await self.create_post(alice)

        response = await self.client.get("/api/posts")
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["count"], 1)
        self.assertEqual(body["results"][0]["author"]["username"], "alice")
        self.assertEqual(body["results"][0]["comment_count"], 0)

        response = await self.client.get(f"/api/posts/{post['id']}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "Hello")

    async def test_missing_post_is_404(self) -> None:
        response = await self.client.get("/api/posts/424242")
        self.assertEqual(response.status_code, 404)

    async def test_bad_ids_are_422(self) -> None:
        for post_id in ("abc", "0", "99999999999"):
            with self.subTest(post_id=post_id):
                response = await self.client.get(f"/api/posts/{post_id}")
                self.assertEqual(response.status_code, 422)

    async def test_pagination_newest_first(self) -> None:
        alice = await self.signup_and_login("alice")
        for i in range(5):
            await self.create_post(alice, title=f"post {i}")
        response = await self.client.get("/api/posts?limit=2&offset=1")
        self.assertEqual(response.status_code, 200)
        body = response.json()
        self.assertEqual(body["count"], 5)
        self.assertEqual([p["title"] for p in body["results"]], ["post 3", "post 2"])

    async def test_out_of_range_paging_is_422(self) -> None:
        for query in ("limit=0", "limit=101", "offset=-1", "limit=ten"):
            with self.subTest(query=query):
                response = await self.client.get(f"/api/posts?{query}")
                self.assertEqual(response.status_code, 422)


class PostWriteTests(APITestCase):
    async def asyncSetUp(self) -> None:
        await super().asyncSetUp()
        self.alice = await self.signup_and_login("alice")
        self.bob = await self.signup_and_login("bob")

    async def test_create_returns_201_with_id_and_author(self) -> None:
        post = await self.create_post(self.alice)
        self.assertIsInstance(post["id"], int)
        self.assertEqual(post["author"]["username"], "alice")

    async def test_create_without_token_is_401(self) -> None:
        response = await self.client.post("/api/posts", json={"title": "t", "content": "c"})
        self.assertEqual(response.status_code, 401)

    async def test_create_with_invalid_body_is_422(self) -> None:
        for payload in ({}, {"title": "t"}, {"title": "", "content": "c"}, {"title": ["t"], "content": "c"}):
            with self.subTest(payload=payload):
                response = await self.client.post("/api/posts", json=payload, headers=self.alice)
                self.assertEqual(response.status_code, 422)

    async def test_author_can_patch(self) -> None:
        post = await self.create_post(self.alice)
        response = await self.client.patch(
            f"/api/posts/{post['id']}", json={"title": "Edited"}, headers=self.alice
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "Edited")
        self.assertEqual(response.json()["content"], "First post")

    async def test_patch_with_null_title_is_422(self) -> None:
        post = await self.create_post(self.alice)
        response = await self.client.patch(
            f"/api/posts/{post['id']}", json={"title": None}, headers=self.alice
        )
        self.assertEqual(response.status_code, 422)

    async def test_other_user_cannot_patch_or_delete(self) -> None:
        post = await self.create_post(self.alice)
        response = await self.client.patch(
            f"/api/posts/{post['id']}", json={"title": "Mine now"}, headers=self.bob
        )
        self.assertEqual(response.status_code, 403)
        response = await self.client.delete(f"/api/posts/{post['id']}", headers=self.bob)
        self.assertEqual(response.status_code, 403)
        response = await self.client.get(f"/api/posts/{post['id']}")
        self.assertEqual(response.json()["title"], "Hello")

    async def test_anonymous_cannot_patch_or_delete(self) -> None:
        post = await self.create_post(self.alice)
        response = await self.client.patch(f"/api/posts/{post['id']}", json={"title": "x"})
        self.assertEqual(response.status_code, 401)
        response = await self.client.delete(f"/api/posts/{post['id']}")
        self.assertEqual(response.status_code, 401)

    async def test_patch_or_delete_missing_post_is_404(self) -> None:
        response = await self.client.patch("/api/posts/424242", json={"title": "x"}, headers=self.alice)
        self.assertEqual(response.status_code, 404)
        response = await self.client.delete("/api/posts/424242", headers=self.alice)
        self.assertEqual(response.status_code, 404)

    async def test_author_can_delete(self) -> None:
        post = await self.create_post(self.alice)
        response = await self.client.delete(f"/api/posts/{post['id']}", headers=self.alice)
        self.assertEqual(response.status_code, 204)
        self.assertEqual(response.content, b"")
        response = await self.client.get(f"/api/posts/{post['id']}")
        self.assertEqual(response.status_code, 404)
