import os
from collections.abc import AsyncGenerator
from uuid import uuid4

os.environ.setdefault("DATABASE_URL", "postgresql+asyncpg://postgres:postgres@localhost:5432/todo_test")

import pytest_asyncio
from httpx import ASGITransport, AsyncClient
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from app.infra.db import get_session
from app.main import app

# every test gets its own event loop, so don't keep pooled connections between them
test_engine = create_async_engine(os.environ["DATABASE_URL"], poolclass=NullPool)
TestSession = async_sessionmaker(test_engine, class_=AsyncSession, expire_on_commit=False)


async def _session() -> AsyncGenerator[AsyncSession, None]:
    async with TestSession() as s:
        yield s


app.dependency_overrides[get_session] = _session


@pytest_asyncio.fixture(autouse=True)
async def clean_db() -> AsyncGenerator[None, None]:
    async with test_engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.drop_all)
        await conn.run_sync(SQLModel.metadata.create_all)
    yield


@pytest_asyncio.fixture
async def client() -> AsyncGenerator[AsyncClient, None]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://t") as c:
        yield c


async def login(client: AsyncClient, username: str | None = None) -> dict[str, str]:
    username = username or f"u{uuid4().hex[:8]}"
    r = await client.post("/auth/signup", json={"username": username, "password": "password123"})
    assert r.status_code == 201, r.text
    r = await client.post("/auth/login", data={"username": username, "password": "password123"})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest_asyncio.fixture
async def alice(client: AsyncClient) -> dict[str, str]:
    return await login(client, "alice")


@pytest_asyncio.fixture
async def bob(client: AsyncClient) -> dict[str, str]:
    return await login(client, "bob")
