from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from app.core.config import Settings
from app.db.session import create_schema
from app.main import create_app


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        secret_key=SecretStr("test-secret-key-not-for-production"),
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    await create_schema(application.state.engine)
    yield application
    await application.state.engine.dispose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


AuthHeaders = Callable[[str], Awaitable[dict[str, str]]]


@pytest.fixture
def auth_headers(client: AsyncClient) -> AuthHeaders:
    async def _make(username: str, password: str = "correct-horse-battery") -> dict[str, str]:
        r = await client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
