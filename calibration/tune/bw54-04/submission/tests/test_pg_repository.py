"""Integration test for the SQL in PgRepository.

Skipped unless BLOG_TEST_DATABASE_URL points at a disposable Postgres, e.g.

    docker compose up -d db
    BLOG_TEST_DATABASE_URL=postgresql://blog:blog@localhost:5432/blog pytest tests/test_pg_repository.py
"""

import asyncio
import os

import asyncpg
import pytest

from blogapi.db import apply_schema
from blogapi.records import UsernameTakenError
from blogapi.repository import PgRepository

DSN = os.environ.get("BLOG_TEST_DATABASE_URL")
pytestmark = pytest.mark.skipif(not DSN, reason="BLOG_TEST_DATABASE_URL not set")


async def _roundtrip(dsn: str) -> None:
    pool = await asyncpg.create_pool(dsn, min_size=1, max_size=2)
    assert pool is not None
    try:
        await apply_schema(pool)
        await pool.execute("TRUNCATE comments, posts, users RESTART IDENTITY CASCADE")
        repo = PgRepository(pool)

        alice = await repo.create_user("alice", "hash")
        with pytest.raises(UsernameTakenError):
            await repo.create_user("alice", "hash")
        assert (await repo.get_user_by_username("alice")) == alice

        post = await repo.create_post(alice.id, "title", "content")
        assert post.author_username == "alice"

        # keys outside the whitelist are ignored, never interpolated
        updated = await repo.update_post(post.id, {"title": "t2", "author_id = 0 --": "x"})
        assert updated is not None
        assert (updated.title, updated.content, updated.author_id) == ("t2", "content", alice.id)
        assert updated.updated_at is not None
        assert await repo.update_post(post.id + 1000, {"title": "nope"}) is None

        assert await repo.create_comment(post.id, alice.id, "hi") is not None
        assert await repo.create_comment(post.id + 1000, alice.id, "hi") is None

        posts, total = await repo.list_posts(10, 0)
        assert [p.id for p in posts] == [post.id] and total == 1
        comments, ctotal = await repo.list_comments(post.id, 10, 0)
        assert ctotal == 1 and comments[0].author_username == "alice"

        assert await repo.delete_post(post.id) is True
        assert await repo.delete_post(post.id) is False
        assert (await repo.list_comments(post.id, 10, 0))[1] == 0
    finally:
        await pool.close()


def test_pg_repository_roundtrip() -> None:
    assert DSN is not None
    asyncio.run(_roundtrip(DSN))
