from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from psycopg import AsyncConnection

from app import settings
from app.main import app

type Login = Callable[[str], Awaitable[dict[str, str]]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        # Start every test from empty tables. Point DATABASE_URL at a throwaway database!
        async with await AsyncConnection.connect(settings.DATABASE_URL) as conn:
            await conn.execute("TRUNCATE users, todos RESTART IDENTITY CASCADE")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            yield c


@pytest.fixture
def login(client: httpx.AsyncClient) -> Login:
    async def _login(username: str) -> dict[str, str]:
        password = "pa55word!"
        r = await client.post("/users", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = await client.post("/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login
