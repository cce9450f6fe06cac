from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from todo_api.app import create_app
from todo_api.config import Settings

PASSWORD = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        secret_key="test-secret-key-that-is-long-enough-0123456789",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    database = application.state.database
    await database.create_all()
    yield application
    await database.dispose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
        yield ac


Register = Callable[[str], Awaitable[dict[str, str]]]


@pytest.fixture
def register(client: httpx.AsyncClient) -> Register:
    """Create a user and return ready-to-use Authorization headers."""

    async def _register(username: str) -> dict[str, str]:
        response = await client.post(
            "/auth/register", json={"username": username, "password": PASSWORD}
        )
        assert response.status_code == 201, response.text
        response = await client.post(
            "/auth/token", data={"username": username, "password": PASSWORD}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _register


@pytest.fixture
async def alice(register: Register) -> dict[str, str]:
    return await register("alice")


@pytest.fixture
async def bob(register: Register) -> dict[str, str]:
    return await register("bob")
