from __future__ import annotations

import os
from collections.abc import AsyncIterator

import httpx
import pytest

os.environ.setdefault("BLOG_JWT_SECRET", "test-secret-not-used-at-import")

from blog.config import Config  # noqa: E402
from blog.main import create_app  # noqa: E402

TEST_CONFIG = Config(
    db_path=":memory:",
    jwt_secret="test-secret-0123456789abcdef0123456789abcdef",
    token_ttl_seconds=60,
    bcrypt_rounds=4,
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(TEST_CONFIG)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            yield c


async def signup_and_login(c: httpx.AsyncClient, username: str) -> dict[str, str]:
    creds = {"username": username, "password": "hunter2hunter2"}
    r = await c.post("/auth/signup", json=creds)
    assert r.status_code == 201, r.text
    r = await c.post("/auth/login", json=creds)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
