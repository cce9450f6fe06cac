import os

os.environ.setdefault("BLOG_JWT_SECRET", "test-secret-do-not-use")

from collections.abc import AsyncIterator  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402

from blog import config  # noqa: E402
from blog.db import init_db  # noqa: E402
from blog.main import app  # noqa: E402


@pytest.fixture
async def client(tmp_path, monkeypatch) -> AsyncIterator[httpx.AsyncClient]:
    db_path = str(tmp_path / "test.db")
    monkeypatch.setattr(config, "DB_PATH", db_path)
    await init_db(db_path)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


@pytest.fixture
async def auth_headers(client: httpx.AsyncClient) -> dict[str, str]:
    await client.post("/auth/signup", json={"username": "alice", "password": "wonderland"})
    r = await client.post("/auth/login", data={"username": "alice", "password": "wonderland"})
    return {"Authorization": f"Bearer {r.json()['access_token']}"}
