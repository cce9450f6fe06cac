from collections.abc import AsyncIterator, Awaitable, Callable

import pytest
from fakeredis import FakeAsyncRedis
from httpx import ASGITransport, AsyncClient
from pydantic import SecretStr

from todo_api.app import create_app
from todo_api.settings import Settings

Headers = dict[str, str]
LoginAs = Callable[..., Awaitable[Headers]]


@pytest.fixture
def settings() -> Settings:
    # low bcrypt cost so the suite stays fast
    return Settings(jwt_secret=SecretStr("test-secret"), bcrypt_rounds=4, cors_origins=[])


@pytest.fixture
async def redis_client() -> AsyncIterator[FakeAsyncRedis]:
    client = FakeAsyncRedis(decode_responses=True)
    await client.flushall()  # beforeEach
    yield client
    await client.flushall()  # afterEach
    await client.aclose()


@pytest.fixture
async def client(settings: Settings, redis_client: FakeAsyncRedis) -> AsyncIterator[AsyncClient]:
    app = create_app(settings, redis_client=redis_client)
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as ac:
        yield ac


@pytest.fixture
def login_as(client: AsyncClient) -> LoginAs:
    async def _login_as(username: str, password: str = "s3cret-pass") -> Headers:
        res = await client.post("/auth/register", json={"username": username, "password": password})
        assert res.status_code == 201, res.text
        res = await client.post("/auth/token", data={"username": username, "password": password})
        assert res.status_code == 200, res.text
        return {"Authorization": f"Bearer {res.json()['access_token']}"}

    return _login_as


@pytest.fixture
async def ada(login_as: LoginAs) -> Headers:
    return await login_as("ada")


@pytest.fixture
async def grace(login_as: LoginAs) -> Headers:
    return await login_as("grace")
