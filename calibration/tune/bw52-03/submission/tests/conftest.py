from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from httpx import ASGITransport, AsyncClient

from blog.config import Settings
from blog.entrypoints.http.app import create_app

PASSWORD = "correct-horse-battery"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        jwt_secret="test-secret-0123456789abcdef0123456789abcdef",  # type: ignore[arg-type]
        argon2_time_cost=1,
        argon2_memory_cost_kib=1024,
    )


@pytest.fixture
async def client(settings: Settings) -> AsyncIterator[AsyncClient]:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://test") as c:
            yield c


async def _signup_and_login(client: AsyncClient, username: str) -> dict[str, str]:
    r = await client.post("/auth/register", json={"username": username, "password": PASSWORD})
    assert r.status_code == 201, r.text
    r = await client.post("/auth/token", data={"username": username, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
async def alice(client: AsyncClient) -> dict[str, str]:
    return await _signup_and_login(client, "alice")


@pytest.fixture
async def bob(client: AsyncClient) -> dict[str, str]:
    return await _signup_and_login(client, "bob")
