import os
from collections.abc import AsyncIterator, Awaitable, Callable
from uuid import uuid4

os.environ.setdefault(
    "DATABASE_URL", "postgresql+asyncpg://todo:todo@localhost:5432/todo_test"
)
os.environ.setdefault("JWT_SECRET", "test-only-secret-" + "0" * 32)

import pytest  # noqa: E402
from httpx import ASGITransport, AsyncClient  # noqa: E402
from pytest_asyncio import is_async_test  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from todo_service.db import engine  # noqa: E402
from todo_service.main import app  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The engine's connection pool is bound to one event loop, so every test shares the
    # session-scoped loop instead of getting a fresh one.
    session_loop = pytest.mark.asyncio(loop_scope="session")
    for item in items:
        if is_async_test(item):
            item.add_marker(session_loop, append=False)


@pytest.fixture(scope="session", autouse=True)
async def schema() -> AsyncIterator[None]:
    async with engine.begin() as conn:
        await conn.run_sync(SQLModel.metadata.drop_all)
        await conn.run_sync(SQLModel.metadata.create_all)
    yield
    await engine.dispose()


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


Login = Callable[[], Awaitable[dict[str, str]]]


@pytest.fixture
def new_user(client: AsyncClient) -> Login:
    """Factory: signs up a fresh random user and returns its auth headers."""

    async def _make() -> dict[str, str]:
        username, password = f"user_{uuid4().hex[:10]}", "correct horse battery"
        resp = await client.post("/auth/signup", json={"username": username, "password": password})
        assert resp.status_code == 201, resp.text
        resp = await client.post("/auth/token", data={"username": username, "password": password})
        assert resp.status_code == 200, resp.text
        return {"Authorization": f"Bearer {resp.json()['access_token']}"}

    return _make


@pytest.fixture
async def auth(new_user: Login) -> dict[str, str]:
    return await new_user()
