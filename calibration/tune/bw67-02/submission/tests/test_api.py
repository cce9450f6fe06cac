import unittest

from httpx import ASGITransport, AsyncClient

from blog.db import Base, engine
from blog.main import app


class BlogAPITestCase(unittest.IsolatedAsyncioTestCase):
    """Runs against the database in DATABASE_URL (use a throwaway one!)."""

    async def asyncSetUp(self):
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.drop_all)
            await conn.run_sync(Base.metadata.create_all)
        self.client = AsyncClient(transport=ASGITransport(app=app), base_url="http://test")

    async def asyncTearDown(self):
        await self.client.aclose()
        # each test gets its own event loop, so the pooled connections must go
        await engine.dispose()

    async def login(self, username="alice", password="password123"):
        await self.client.post("/api/auth/register", json={"username": username, "password": password})
        response = await self.client.post(
            "/api/auth/login", data={"username": username, "password": password}
        )
        return {"Authorization": f"Bearer {response.json()['access_token']}"}


class TestAuth(BlogAPITestCase):
    async def test_register_and_login(self):
        response = await self.client.post(
            "/api/auth/register", json={"username": "alice", "password": "password123"}
        )
        self.assertEqual(response.status_code, 201)
        self.assertEqual(response.json()["username"], "alice")

        response = await self.client.post(
            "/api/auth/login", data={"username": "alice", "password": "password123"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("access_token", response.json())


class TestPosts(BlogAPITestCase):
    async def test_create_and_list_posts(self):
        headers = await self.login()
        response = await self.client.post(
            "/api/posts", json={"title": "Hello", "content": "First post"}, headers=headers
        )
        self.assertEqual(response.status_code, 201)

        response = await self.client.get("/api/posts")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(response.json()), 1)
        self.assertEqual(response.json()[0]["author"]["username"], "alice")

    async def test_update_post(self):
        headers = await self.login()
        post = (
            await self.client.post(
                "/api/posts", json={"title": "Hello", "content": "First post"}, headers=headers
            )
        ).json()
        response = await self.client.patch(
            f"/api/posts/{post['id']}", json={"title": "Hello again"}, headers=headers
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "Hello again")

    async def test_delete_post(self):
        headers = await self.login()
        post = (
            await self.client.post(
                "/api/posts", json={"title": "Hello", "content": "First post"}, headers=headers
            )
        ).json()
        response = await self.client.delete(f"/api/posts/{post['id']}", headers=headers)
        self.assertEqual(response.status_code, 204)


class TestComments(BlogAPITestCase):
    async def test_comment_on_post(self):
        headers = await self.login()
        post = (
            await self.client.post(
                "/api/posts", json={"title": "Hello", "content": "First post"}, headers=headers
            )
        ).json()
        response = await self.client.post(
            f"/api/posts/{post['id']}/comments", json={"body": "Nice!"}, headers=headers
        )
        self.assertEqual(response.status_code, 201)

        response = await self.client.get(f"/api/posts/{post['id']}/comments")
        self.assertEqual(len(response.json()), 1)

        response = await self.client.get(f"/api/posts/{post['id']}")
        self.assertEqual(response.json()["comment_count"], 1)
