import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

_db_dir = tempfile.mkdtemp(prefix="blog-tests-")
os.environ["BLOG_DATABASE_URL"] = f"sqlite+aiosqlite:///{_db_dir}/test.db"
os.environ["BLOG_BCRYPT_ROUNDS"] = "4"  # keep the suite fast

from httpx import ASGITransport, AsyncClient  # noqa: E402

from app.db import Base, engine  # noqa: E402
from app.main import app  # noqa: E402

Headers = dict[str, str]


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.run_sync(Base.metadata.create_all)
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c
    await engine.dispose()


@pytest.fixture
def make_user(client: AsyncClient) -> Callable[[str], Awaitable[Headers]]:
    async def _make(username: str, password: str = "s3cret-pass") -> Headers:
        r = await client.post("/auth/register", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
