import os
from collections.abc import AsyncIterator, Awaitable, Callable

os.environ.setdefault("DATABASE_URL", "postgresql+asyncpg://blog:blog@localhost:5432/blog_test")
os.environ.setdefault("JWT_SECRET", "tests-only-" + "k" * 40)

import pytest
from httpx import ASGITransport, AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from blog_api.core.db import get_session
from blog_api.main import app


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    # One engine per test: asyncpg connections belong to the loop that opened them.
    engine = create_async_engine(os.environ["DATABASE_URL"])
    async with engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.create_all)
        await conn.execute(text("TRUNCATE comments, posts, users RESTART IDENTITY CASCADE"))
    sessions = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)

    async def session_override() -> AsyncIterator[AsyncSession]:
        async with sessions() as session:
            yield session

    app.dependency_overrides[get_session] = session_override
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c
    app.dependency_overrides.clear()
    await engine.dispose()


SignIn = Callable[[str], Awaitable[dict[str, str]]]


@pytest.fixture
def sign_in(client: AsyncClient) -> SignIn:
    async def _sign_in(username: str) -> dict[str, str]:
        creds = {"username": username, "password": "hunter2hunter2"}
        r = await client.post("/auth/signup", json=creds)
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data=creds)
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _sign_in
