from collections.abc import AsyncIterator

import httpx
import pytest

from blog_web.config import Config
from blog_web.endpoint import create_app

PASSWORD = "a long enough password"


@pytest.fixture
async def conn(tmp_path) -> AsyncIterator[httpx.AsyncClient]:
    config = Config(
        secret_key_base="test-secret-key-base",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
    )
    app = create_app(config)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


async def register_and_log_in(conn: httpx.AsyncClient, username: str) -> dict[str, str]:
    resp = await conn.post("/users", json={"username": username, "password": PASSWORD})
    assert resp.status_code == 201, resp.text
    resp = await conn.post("/session", json={"username": username, "password": PASSWORD})
    assert resp.status_code == 200, resp.text
    return {"Authorization": f"Bearer {resp.json()['access_token']}"}


@pytest.fixture
async def jose(conn) -> dict[str, str]:
    return await register_and_log_in(conn, "jose")


@pytest.fixture
async def chris(conn) -> dict[str, str]:
    return await register_and_log_in(conn, "chris")


@pytest.fixture
async def post(conn, jose) -> dict:
    resp = await conn.post("/posts", json={"title": "Hello", "body": "First!"}, headers=jose)
    assert resp.status_code == 201
    return resp.json()
