import os

os.environ.setdefault("JWT_SECRET", "test")

import pytest  # noqa: E402
import redis.asyncio as redis  # noqa: E402
from httpx import ASGITransport, AsyncClient  # noqa: E402

from app.main import app  # noqa: E402
from app.store import get_redis  # noqa: E402

TEST_REDIS_URL = os.getenv("TEST_REDIS_URL", "redis://localhost:6379/15")


@pytest.fixture
async def r():
    client = redis.from_url(TEST_REDIS_URL, decode_responses=True)
    await client.flushdb()
    yield client
    await client.flushdb()
    await client.aclose()


@pytest.fixture
async def api(r):
    async def _override():
        yield r

    app.dependency_overrides[get_redis] = _override
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        yield client
    app.dependency_overrides.clear()


@pytest.fixture
async def token(api):
    creds = {"username": "jane", "password": "password1"}
    await api.post("/auth/signup", json=creds)
    res = await api.post("/auth/login", json=creds)
    return res.json()["access_token"]
