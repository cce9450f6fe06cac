import os

os.environ.setdefault("TODO_BCRYPT_ROUNDS", "4")  # fast hashing in tests

import pytest
from httpx import ASGITransport, AsyncClient

from app import db
from app.main import app


@pytest.fixture
async def client(tmp_path):
    # ASGITransport doesn't run the lifespan, so wire the db by hand
    app.state.db = await db.connect(str(tmp_path / "test.db"))
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as c:
        yield c
    await app.state.db.close()


async def make_user(client: AsyncClient, username: str, password: str = "hunter2hunter2") -> dict:
    r = await client.post("/auth/register", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    r = await client.post("/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
