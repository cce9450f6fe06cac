from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient

from blog.app import create_app
from blog.settings import Environment, Settings


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[AsyncClient]:
    settings = Settings(
        environment=Environment.DEVELOPMENT,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'blog.db'}",
        jwt_secret="test-secret-that-is-long-enough-for-hs256",
    )
    app = create_app(settings)
    await app.state.database.create_all()
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c
    await app.state.database.dispose()


SignIn = Callable[[str], Awaitable[dict[str, str]]]


@pytest.fixture
def sign_in(client: AsyncClient) -> SignIn:
    async def _sign_in(username: str) -> dict[str, str]:
        creds = {"username": username, "password": "hunter2hunter2"}
        assert (await client.post("/auth/register", json=creds)).status_code == 201
        r = await client.post("/auth/token", data=creds)
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _sign_in
