from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from httpx import ASGITransport, AsyncClient
from sqlalchemy.pool import StaticPool

from todo_api.config import Settings
from todo_api.db import Base, create_engine, make_sessionmaker
from todo_api.main import create_app

PASSWORD = "correct horse battery"


@pytest.fixture
def settings() -> Settings:
    return Settings(
        database_url="sqlite+aiosqlite:///:memory:",
        jwt_secret="test-secret-that-is-long-enough-0123456789",
        access_token_ttl_minutes=15,
        # Cheap parameters: the tests check behaviour, not hashing strength.
        argon2_time_cost=1,
        argon2_memory_cost_kib=1024,
        argon2_parallelism=1,
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    # httpx's ASGITransport does not run the lifespan, so wire the database here.
    engine = create_engine(settings.database_url, poolclass=StaticPool)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    application.state.sessionmaker = make_sessionmaker(engine)
    yield application
    await engine.dispose()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[AsyncClient]:
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def register(client: AsyncClient, username: str = "alice", password: str = PASSWORD) -> int:
    response = await client.post("/auth/register", json={"username": username, "password": password})
    assert response.status_code == 201, response.text
    user_id: int = response.json()["id"]
    return user_id


async def login(client: AsyncClient, username: str = "alice", password: str = PASSWORD) -> dict[str, str]:
    response = await client.post("/auth/token", data={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
async def alice(client: AsyncClient) -> dict[str, str]:
    await register(client, "alice")
    return await login(client, "alice")


@pytest.fixture
async def bob(client: AsyncClient) -> dict[str, str]:
    await register(client, "bob")
    return await login(client, "bob")
