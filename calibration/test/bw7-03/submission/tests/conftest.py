import os
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

# app.main builds a module-level app from the environment on import
os.environ.setdefault("BLOG_SECRET_KEY", "import-time-secret-not-used-by-tests-000000")

from app.core.config import Settings  # noqa: E402
from app.main import create_app  # noqa: E402
from app.models import Base  # noqa: E402

API = "/api/v1"
PASSWORD = "correct horse battery"

AuthHeaders = dict[str, str]
MakeUser = Callable[[str], Awaitable[AuthHeaders]]
MakePost = Callable[..., Awaitable[dict[str, object]]]


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[FastAPI]:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
        secret_key=SecretStr("test-secret-key-with-enough-length-123"),
    )
    application = create_app(settings)
    async with application.state.engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield application
    await application.state.engine.dispose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


@pytest.fixture
def make_user(client: AsyncClient) -> MakeUser:
    async def _make(username: str) -> AuthHeaders:
        r = await client.post(f"{API}/auth/signup", json={"username": username, "password": PASSWORD})
        assert r.status_code == 201, r.text
        r = await client.post(f"{API}/auth/token", data={"username": username, "password": PASSWORD})
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    return _make


@pytest.fixture
def make_post(client: AsyncClient) -> MakePost:
    async def _make(headers: AuthHeaders, title: str = "Title", content: str = "Body") -> dict[str, object]:
        r = await client.post(f"{API}/posts", json={"title": title, "content": content}, headers=headers)
        assert r.status_code == 201, r.text
        body: dict[str, object] = r.json()
        return body

    return _make
