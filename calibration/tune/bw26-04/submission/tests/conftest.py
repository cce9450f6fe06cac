import os

os.environ.setdefault("JWT_SECRET", "test-secret-not-for-production-0123456789")
os.environ.setdefault("DATABASE_URL", "sqlite+aiosqlite:///:memory:")

from collections.abc import AsyncIterator, Awaitable, Callable  # noqa: E402

import pytest  # noqa: E402
from httpx import ASGITransport, AsyncClient  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine  # noqa: E402
from sqlalchemy.pool import StaticPool  # noqa: E402

from app.database import Base, get_session  # noqa: E402
from app.main import app  # noqa: E402

AuthHeaders = dict[str, str]
MakeUser = Callable[[str], Awaitable[AuthHeaders]]


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    engine = create_async_engine(
        "sqlite+aiosqlite:///:memory:", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def override() -> AsyncIterator[AsyncSession]:
        async with sessions() as s:
            yield s

    app.dependency_overrides[get_session] = override
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c
    app.dependency_overrides.clear()
    await engine.dispose()


@pytest.fixture
def make_user(client: AsyncClient) -> MakeUser:
    async def _make(username: str) -> AuthHeaders:
        password = "s3cret-password"
        r = await client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
async def alice(make_user: MakeUser) -> AuthHeaders:
    return await make_user("alice")


@pytest.fixture
async def bob(make_user: MakeUser) -> AuthHeaders:
    return await make_user("bob")


@pytest.fixture
async def alice_post(client: AsyncClient, alice: AuthHeaders) -> dict:
    r = await client.post("/posts", json={"title": "Hello", "content": "First post"}, headers=alice)
    assert r.status_code == 201
    return r.json()
