import os
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

# env has to be set before the app (and its settings) are imported
_TMP_DIR = tempfile.mkdtemp(prefix="blog-tests-")
os.environ["JWT_SECRET"] = "test-secret-not-for-prod"
os.environ["DATABASE_PATH"] = os.path.join(_TMP_DIR, "test.db")

from httpx import ASGITransport, AsyncClient  # noqa: E402

from blog.config import settings  # noqa: E402
from blog.db import init_db  # noqa: E402
from blog.main import app  # noqa: E402

Headers = dict[str, str]


@pytest.fixture(autouse=True)
async def fresh_db() -> AsyncIterator[None]:
    """beforeEach: brand new database file for every test."""
    if os.path.exists(settings.database_path):
        os.remove(settings.database_path)
    await init_db(settings.database_path)
    yield


@pytest.fixture
async def client() -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test") as ac:
        yield ac


@pytest.fixture
def login_as(client: AsyncClient) -> Callable[[str], Awaitable[Headers]]:
    async def _login_as(username: str, password: str = "correct-horse") -> Headers:
        await client.post("/auth/signup", json={"username": username, "password": password})
        res = await client.post("/auth/login", data={"username": username, "password": password})
        assert res.status_code == 200, res.text
        return {"Authorization": f"Bearer {res.json()['access_token']}"}

    return _login_as


@pytest.fixture
async def alice(login_as: Callable[[str], Awaitable[Headers]]) -> Headers:
    return await login_as("alice")


@pytest.fixture
async def bob(login_as: Callable[[str], Awaitable[Headers]]) -> Headers:
    return await login_as("bob")
