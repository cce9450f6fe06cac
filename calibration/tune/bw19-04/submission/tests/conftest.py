from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from blogapi.app import create_app
from blogapi.config import Settings

AuthHeaders = dict[str, str]
MakeUser = Callable[[str], Awaitable[AuthHeaders]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        secret_key="test-only-secret-key-0123456789abcdef",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        cors_origins=["https://blog.example"],
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test/api/v1") as c:
        yield c


@pytest.fixture
def make_user(client: httpx.AsyncClient) -> MakeUser:
    """Register a user, log in, and return the Authorization header to use."""

    async def _make(username: str) -> AuthHeaders:
        password = f"{username}-correct-horse"
        r = await client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
