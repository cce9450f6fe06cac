from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from blog import schema  # noqa: F401
from blog.repo import Base, get_session
from blog_web.endpoint import app

Register = Callable[[str, str], Awaitable[dict[str, str]]]


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def test_session() -> AsyncIterator[AsyncSession]:
        async with sessions() as session:
            yield session

    app.dependency_overrides[get_session] = test_session
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.dependency_overrides.clear()
    await engine.dispose()


@pytest.fixture
def register_and_login(client: httpx.AsyncClient) -> Register:
    """Returns auth headers for a freshly registered user."""

    async def go(username: str, password: str = "correct horse") -> dict[str, str]:
        resp = await client.post("/auth/register", json={"username": username, "password": password})
        assert resp.status_code == 201, resp.text
        resp = await client.post("/auth/token", data={"username": username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return go
