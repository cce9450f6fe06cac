from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from blogapi.config import Settings
from blogapi.main import create_app

PASSWORD = "correct horse battery staple"

AuthHeaders = dict[str, str]
Register = Callable[[str], Awaitable[AuthHeaders]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[FastAPI]:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret=SecretStr("x" * 32),
    )
    application = create_app(settings)
    # httpx's ASGITransport does not run the lifespan, so create the schema here.
    await application.state.database.create_all()
    yield application
    await application.state.database.dispose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as ac:
        yield ac


@pytest.fixture
def register(client: AsyncClient) -> Register:
    async def _register(username: str) -> AuthHeaders:
        created = await client.post(
            "/auth/register", json={"username": username, "password": PASSWORD}
        )
        assert created.status_code == 201, created.text
        token = await client.post(
            "/auth/token", data={"username": username, "password": PASSWORD}
        )
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _register
