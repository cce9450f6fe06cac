"""Test fixtures.

The tests talk to a real PostgreSQL (DATABASE_URL must point at a scratch database).
Every test signs up fresh, randomly named users, so no cleanup between tests is needed.
"""

import os
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest

os.environ.setdefault("JWT_SECRET", "test-only-secret-not-used-anywhere-else")

from todo_api.main import app  # noqa: E402  (settings are read from env at start-up)


@pytest.fixture
def anyio_backend() -> str:
    # psycopg's async API runs on asyncio only.
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            yield c


def new_username() -> str:
    return f"u_{uuid.uuid4().hex[:12]}"


async def register(client: httpx.AsyncClient, password: str = "correct horse") -> str:
    username = new_username()
    r = await client.post("/auth/signup", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    return username


async def auth_headers(client: httpx.AsyncClient) -> dict[str, str]:
    username = await register(client)
    r = await client.post(
        "/auth/token", data={"username": username, "password": "correct horse"}
    )
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
