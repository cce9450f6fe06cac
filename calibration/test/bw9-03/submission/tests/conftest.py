import pytest
from httpx import ASGITransport, AsyncClient

from src import config
from src.app import app
from src.db import init_db


@pytest.fixture
async def client(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "DB_PATH", str(tmp_path / "test.db"))
    await init_db()  # ASGITransport doesn't run the lifespan
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c


async def signup(client: AsyncClient, username: str, password: str = "password123") -> dict:
    r = await client.post("/auth/register", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = await client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


@pytest.fixture
async def alice(client):
    return await signup(client, "alice")


@pytest.fixture
async def bob(client):
    return await signup(client, "bob")
