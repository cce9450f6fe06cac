import uuid
from datetime import datetime, timedelta

from httpx import ASGITransport, AsyncClient

from blog.db import init_db
from blog.main import app
from blog.models import Post
from blog.pipeline import newest_first, page, pipe


def test_page_is_drop_take():
    assert page(2, 3)(list(range(10))) == [2, 3, 4]
    assert page(8, 5)(list(range(10))) == [8, 9]


def test_pipe_composes_left_to_right():
    assert pipe(3, lambda x: x + 1, lambda x: x * 10) == 40


def test_newest_first():
    now = datetime.utcnow()
    old = Post(id=1, title="a", content="a", author_id=1, created_at=now - timedelta(days=1))
    new = Post(id=2, title="b", content="b", author_id=1, created_at=now)
    assert [p.id for p in newest_first([old, new])] == [2, 1]


async def test_blog_flow():
    await init_db()
    username = f"tomasz_{uuid.uuid4().hex[:6]}"

    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as client:
        resp = await client.post("/signup", json={"username": username, "password": "secret123"})
        assert resp.status_code == 201
        assert resp.json()["username"] == username

        resp = await client.post("/login", data={"username": username, "password": "secret123"})
        assert resp.status_code == 200
        headers = {"Authorization": f"Bearer {resp.json()['access_token']}"}

        resp = await client.post(
            "/posts", json={"title": "Hello", "content": "First post"}, headers=headers
        )
        assert resp.status_code == 201
        post_id = resp.json()["id"]

        resp = await client.post(
            f"/posts/{post_id}/comments", json={"body": "nice"}, headers=headers
        )
        assert resp.status_code == 201

        resp = await client.get("/posts")
        assert resp.status_code == 200
        mine = [p for p in resp.json() if p["id"] == post_id]
        assert mine[0]["comment_count"] == 1

        resp = await client.put(f"/posts/{post_id}", json={"title": "Hello again"}, headers=headers)
        assert resp.status_code == 200
        assert resp.json()["title"] == "Hello again"
