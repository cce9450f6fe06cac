import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable

_tmpdir = tempfile.mkdtemp(prefix="blogapi-tests-")
os.environ["BLOG_JWT_SECRET"] = "test-only-secret-0123456789abcdef0123456789abcdef"
os.environ["BLOG_DATABASE_URL"] = f"sqlite+aiosqlite:///{_tmpdir}/test.db"
os.environ.pop("BLOG_CORS_ORIGINS", None)

import httpx  # noqa: E402
import pytest  # noqa: E402

from blogapi.database import engine  # noqa: E402
from blogapi.main import app  # noqa: E402
from blogapi.models import Base  # noqa: E402

PASSWORD = "correct horse battery"

AuthHeaders = dict[str, str]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.drop_all)
        await conn.run_sync(Base.metadata.create_all)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


@pytest.fixture
def make_user(client: httpx.AsyncClient) -> Callable[[str], Awaitable[AuthHeaders]]:
    async def _make(username: str) -> AuthHeaders:
        r = await client.post("/auth/signup", json={"username": username, "password": PASSWORD})
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data={"username": username, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make
