import os

# The suite never touches MySQL: it runs on a throw-away SQLite file (like phpunit.xml).
os.environ["DATABASE_URL"] = "sqlite+aiosqlite:///./test.sqlite3"
os.environ["SECRET_KEY"] = "test-only-secret-key-0123456789abcdef"
os.environ["CORS_ORIGINS"] = "[]"

from collections.abc import AsyncIterator, Awaitable, Callable  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from httpx import ASGITransport, AsyncClient  # noqa: E402
from sqlalchemy import event  # noqa: E402

from blog.database import engine  # noqa: E402
from blog.main import app  # noqa: E402
from blog.models import Base  # noqa: E402

PASSWORD = "s3cret-passw0rd"

ActingAs = Callable[[str], Awaitable[dict[str, str]]]


@event.listens_for(engine.sync_engine, "connect")
def _sqlite_foreign_keys(dbapi_connection: Any, _: Any) -> None:
    # SQLite ignores ON DELETE CASCADE unless asked, MySQL does not
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@pytest.fixture(autouse=True)
async def refresh_database() -> AsyncIterator[None]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()  # each test has its own event loop


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


@pytest.fixture
def acting_as(client: AsyncClient) -> ActingAs:
    async def _acting_as(username: str) -> dict[str, str]:
        await client.post("/api/v1/auth/register", json={"username": username, "password": PASSWORD})
        response = await client.post(
            "/api/v1/auth/token", data={"username": username, "password": PASSWORD}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    return _acting_as
