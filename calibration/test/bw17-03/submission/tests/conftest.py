from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from blog.app import create_app
from blog.config import Settings

Headers = dict[str, str]


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[FastAPI]:
    app = create_app(Settings(database_path=tmp_path / "test.sqlite3", pool_size=2))
    async with app.router.lifespan_context(app):
        yield app


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


@pytest.fixture
def login(client: httpx.AsyncClient) -> Callable[[str], Awaitable[Headers]]:
    async def _login(username: str) -> Headers:
        password = f"{username}-password-123"
        r = await client.post("/auth/signup", json={"username": username, "password": password})
        assert r.status_code == 201, r.text
        r = await client.post("/auth/token", data={"username": username, "password": password})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _login


@pytest.fixture
async def alice(login: Callable[[str], Awaitable[Headers]]) -> Headers:
    return await login("alice")


@pytest.fixture
async def bob(login: Callable[[str], Awaitable[Headers]]) -> Headers:
    return await login("bob")
