import uuid

import httpx
import pytest

from blogapi.main import app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_signup_login_post():
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as c:
            name = "u" + uuid.uuid4().hex[:8]
            r = await c.post("/signup", json={"username": name, "password": "pw123456"})
            assert r.status_code == 201
            r = await c.post("/login", json={"username": name, "password": "pw123456"})
            token = r.json()["access_token"]
            r = await c.post(
                "/posts",
                json={"title": "hello", "content": "world"},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert r.status_code == 201
            assert r.json()["title"] == "hello"


async def test_list_posts():
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://x") as c:
            r = await c.get("/posts")
            assert r.status_code == 200
