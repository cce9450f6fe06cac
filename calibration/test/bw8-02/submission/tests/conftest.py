import os

os.environ.setdefault("JWT_SECRET", "test-secret-test-secret-test-secret-1234")
os.environ["DATABASE_URL"] = "sqlite+aiosqlite:///:memory:"

from collections.abc import AsyncIterator

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.pool import StaticPool

from app.db import Base, get_session
from app.main import app


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    engine = create_async_engine(
        "sqlite+aiosqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
    )
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def _session():
        async with sessions() as s:
            yield s

    app.dependency_overrides[get_session] = _session
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c
    app.dependency_overrides.clear()
    await engine.dispose()


async def auth_header(client: AsyncClient, username: str = "alice") -> dict[str, str]:
    await client.post("/auth/register", json={"username": username, "password": "hunter2hunter2"})
    r = await client.post("/auth/token", data={"username": username, "password": "hunter2hunter2"})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
