"""``APITestCase``: django.test.TestCase semantics for an async FastAPI app.

Every test gets its own connection and an outer transaction that is rolled back in
``asyncTearDown``; the app's commits become SAVEPOINT releases inside it. Needs PostgreSQL:
set TEST_DATABASE_URL (see README).
"""

import os
import unittest
from collections.abc import AsyncIterator
from typing import Any

os.environ["DATABASE_URL"] = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+asyncpg://blog:blog@localhost:5432/blog_test"
)
os.environ.setdefault("SECRET_KEY", "only-used-by-the-test-suite")
os.environ["CORS_ORIGINS"] = "[]"

from httpx import ASGITransport, AsyncClient  # noqa: E402
from sqlalchemy import pool  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine  # noqa: E402

import blog.accounts.models  # noqa: E402,F401
import blog.posts.models  # noqa: E402,F401
from blog.asgi import app  # noqa: E402
from blog.core.db import Base, get_session  # noqa: E402

PASSWORD = "correct horse battery"


class APITestCase(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        # NullPool + a fresh engine per test: each test runs on its own event loop and asyncpg
        # connections must not outlive the loop they were created on
        self.engine = create_async_engine(os.environ["DATABASE_URL"], poolclass=pool.NullPool)
        async with self.engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

        self.connection = await self.engine.connect()
        self.transaction = await self.connection.begin()
        self.session = AsyncSession(
            bind=self.connection,
            expire_on_commit=False,
            join_transaction_mode="create_savepoint",
        )

        async def override_get_session() -> AsyncIterator[AsyncSession]:
            yield self.session

        app.dependency_overrides[get_session] = override_get_session
        self.client = AsyncClient(transport=ASGITransport(app=app), base_url="http://test")

    async def asyncTearDown(self) -> None:
        await self.client.aclose()
        app.dependency_overrides.clear()
        await self.session.close()
        await self.transaction.rollback()
        await self.connection.close()
        await self.engine.dispose()

    # --- helpers ------------------------------------------------------------------------------

    async def signup(self, username: str, password: str = PASSWORD) -> dict[str, Any]:
        response = await self.client.post(
            "/api/auth/signup", json={"username": username, "password": password}
        )
        self.assertEqual(response.status_code, 201, response.text)
        body: dict[str, Any] = response.json()
        return body

    async def login(self, username: str, password: str = PASSWORD) -> dict[str, str]:
        response = await self.client.post(
            "/api/auth/token", data={"username": username, "password": password}
        )
        self.assertEqual(response.status_code, 200, response.text)
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    async def signup_and_login(self, username: str) -> dict[str, str]:
        await self.signup(username)
        return await self.login(username)

    async def create_post(self, headers: dict[str, str], **fields: Any) -> dict[str, Any]:
        payload = {"title": "Hello", "content": "First post", **fields}
        response = await self.client.post("/api/posts", json=payload, headers=headers)
        self.assertEqual(response.status_code, 201, response.text)
        body: dict[str, Any] = response.json()
        return body
