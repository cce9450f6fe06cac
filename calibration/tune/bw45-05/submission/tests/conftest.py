from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient

from blog_api.app import create_app
from blog_api.config import Settings
from blog_api.models import Base

PASSWORD = "correct-horse-battery"

Headers = dict[str, str]
MakeUser = Callable[[str], Awaitable[Headers]]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        secret_key="test-secret-key-that-is-long-enough-for-hs256",  # type: ignore[arg-type]
        bcrypt_rounds=4,
        create_tables=False,
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    engine = application.state.engine
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield application
    await engine.dispose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test") as http:
        yield http


@pytest.fixture
def make_user(client: AsyncClient) -> MakeUser:
    async def _make(username: str) -> Headers:
        created = await client.post(
            "/auth/signup", json={"username": username, "password": PASSWORD}
        )
        assert created.status_code == 201, created.text
        token = await client.post(
            "/auth/token", data={"username": username, "password": PASSWORD}
        )
        assert token.status_code == 200, token.text
        return {"Authorization": f"Bearer {token.json()['access_token']}"}

    return _make


@pytest.fixture
async def alice(make_user: MakeUser) -> Headers:
    return await make_user("alice")


@pytest.fixture
async def bob(make_user: MakeUser) -> Headers:
    return await make_user("bob")
