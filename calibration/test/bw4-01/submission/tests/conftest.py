import pytest
from httpx import ASGITransport, AsyncClient

from app.config import settings
from app.database import init_db
from app.main import app


@pytest.fixture
async def client(tmp_path):
    settings.database_path = str(tmp_path / "test.db")
    await init_db()
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as ac:
        yield ac


@pytest.fixture
async def auth_headers(client):
    await client.post("/auth/signup", json={"username": "alice", "password": "supersecret"})
    resp = await client.post(
        "/auth/token", data={"username": "alice", "password": "supersecret"}
    )
    token = resp.json()["access_token"]
    return {"Authorization": f"Bearer {token}"}
