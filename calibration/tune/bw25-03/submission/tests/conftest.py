import os
from collections.abc import AsyncIterator

os.environ["BLOG_CONNECTION_STRING"] = "sqlite+aiosqlite:///./test_blog.db"
os.environ["BLOG_JWT_SIGNING_KEY"] = "unit-test-signing-key-0123456789abcdef"

import httpx
import pytest

from blog_api.db_context import engine
from blog_api.entities.base import EntityBase
from blog_api.main import app


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with engine.begin() as conn:
        await conn.run_sync(EntityBase.metadata.drop_all)
        await conn.run_sync(EntityBase.metadata.create_all)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    await engine.dispose()


async def register_and_login(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    password = "P@ssw0rd-123"
    r = await client.post("/api/auth/register", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = await client.post("/api/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
