import os

os.environ.setdefault("JWT_SECRET", "test-secret-not-for-production-0123456789")
os.environ.setdefault("LOGIN_ATTEMPTS_PER_MINUTE", "3")

from collections.abc import AsyncIterator, Awaitable, Callable  # noqa: E402

import pytest  # noqa: E402
from fakeredis import FakeAsyncRedis  # noqa: E402
from httpx import ASGITransport, AsyncClient  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from app.cache import get_redis  # noqa: E402
from app.db import get_session, make_sessionmaker  # noqa: E402
from app.main import app  # noqa: E402

AuthFactory = Callable[[str], Awaitable[dict[str, str]]]


@pytest.fixture
async def engine() -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(
        "sqlite+aiosqlite://",
        connect_args={"check_same_thread": False},
        poolclass=StaticPool,
    )
    async with engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.create_all)
    yield engine
    await engine.dispose()


@pytest.fixture
async def redis() -> AsyncIterator[FakeAsyncRedis]:
    fake = FakeAsyncRedis(decode_responses=True)
    yield fake
    await fake.flushall()


@pytest.fixture
async def client(engine: AsyncEngine, redis: FakeAsyncRedis) -> AsyncIterator[AsyncClient]:
    sessionmaker = make_sessionmaker(engine)

    async def _session():
        async with sessionmaker() as session:
            yield session

    async def _redis():
        return redis

    app.dependency_overrides[get_session] = _session
    app.dependency_overrides[get_redis] = _redis
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test") as c:
        yield c
    app.dependency_overrides.clear()


@pytest.fixture
def register(client: AsyncClient) -> AuthFactory:
    async def _register(username: str, password: str = "sup3r-secret!") -> dict[str, str]:
        r = await client.post(
            "/api/v1/auth/signup", json={"username": username, "password": password}
        )
        assert r.status_code == 201, r.text
        r = await client.post(
            "/api/v1/auth/token", data={"username": username, "password": password}
        )
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _register
