from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from httpx import ASGITransport, AsyncClient

from app.core.config import Settings
from app.db import init_db
from app.main import create_app

Headers = dict[str, str]


@pytest.fixture
async def client(tmp_path) -> AsyncIterator[AsyncClient]:
    settings = Settings(
        database_url=str(tmp_path / "test.sqlite3"),
        secret_key="test-only-signing-key-not-for-production",
    )
    await init_db(settings.database_url)
    app = create_app(settings)
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


@pytest.fixture
def login(client: AsyncClient) -> Callable[[str], Awaitable[Headers]]:
    async def _login(username: str, password: str = "hunter2hunter2") -> Headers:
        r = await client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login


@pytest.fixture
async def alice(login) -> Headers:
    return await login("alice")


@pytest.fixture
async def bob(login) -> Headers:
    return await login("bob")


@pytest.fixture
async def post_id(client: AsyncClient, alice: Headers) -> int:
    r = await client.post("/posts", json={"title": "Hello", "content": "World"}, headers=alice)
    assert r.status_code == 201
    return r.json()["id"]
