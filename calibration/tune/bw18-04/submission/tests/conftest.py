from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from todo_api.config import Settings
from todo_api.main import create_app

# Fixed, test-only signing key: tokens minted here are never valid anywhere else.
TEST_JWT_SECRET = "test-only-signing-key-0123456789abcdef"

AuthHeaders = dict[str, str]
SignUp = Callable[..., Awaitable[AuthHeaders]]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        jwt_secret=TEST_JWT_SECRET,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.db'}",
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    await application.state.database.create_schema()
    yield application
    await application.state.database.dispose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


@pytest.fixture
def sign_up(client: httpx.AsyncClient) -> SignUp:
    async def _sign_up(username: str = "ada", password: str = "correct horse battery") -> AuthHeaders:
        res = await client.post("/auth/signup", json={"username": username, "password": password})
        assert res.status_code == 201, res.text
        res = await client.post("/auth/login", data={"username": username, "password": password})
        assert res.status_code == 200, res.text
        return {"Authorization": f"Bearer {res.json()['access_token']}"}

    return _sign_up
