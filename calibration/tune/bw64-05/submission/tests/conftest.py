import os
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from psycopg import AsyncConnection

from tudu.web import app

SCHEMA = (Path(__file__).parent.parent / "schema.sql").read_text()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with await AsyncConnection.connect(os.environ["DATABASE_URL"]) as conn:
        await conn.execute(SCHEMA)
        await conn.execute("TRUNCATE users, todos RESTART IDENTITY CASCADE")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://tudu") as c:
        yield c


async def bearer(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    creds = {"username": username, "password": "a-long-password"}
    assert (await client.post("/users", json=creds)).status_code == 201
    r = await client.post("/token", data=creds)
    assert r.status_code == 200
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
