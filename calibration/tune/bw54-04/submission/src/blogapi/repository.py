"""Data access. Raw SQL, always with bound parameters ($1, $2, ...)."""

from collections.abc import Mapping
from typing import Protocol

import asyncpg

from .records import CommentRecord, PostRecord, UserRecord, UsernameTakenError


class Repository(Protocol):
    async def ping(self) -> None: ...

    async def create_user(self, username: str, password_hash: str) -> UserRecord: ...
    async def get_user(self, user_id: int) -> UserRecord | None: ...
    async def get_user_by_username(self, username: str) -> UserRecord | None: ...

    async def list_posts(self, limit: int, offset: int) -> tuple[list[PostRecord], int]: ...
    async def get_post(self, post_id: int) -> PostRecord | None: ...
    async def create_post(self, author_id: int, title: str, content: str) -> PostRecord: ...
    async def update_post(self, post_id: int, changes: Mapping[str, str]) -> PostRecord | None: ...
    async def delete_post(self, post_id: int) -> bool: ...

    async def list_comments(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[list[CommentRecord], int]: ...
    async def create_comment(self, post_id: int, author_id: int, body: str) -> CommentRecord | None: ...


_USER_COLS = "id, username, password_hash, created_at"
_POST_SELECT = """
    SELECT p.id, p.title, p.content, p.author_id, u.username AS author_username,
           p.created_at, p.updated_at
"""
_COMMENT_SELECT = """
    SELECT c.id, c.post_id, c.body, c.author_id, u.username AS author_username, c.created_at
"""

# columns a client may change through PATCH /posts/{id}
UPDATABLE_POST_COLUMNS = ("title", "content")


def _user(row: asyncpg.Record) -> UserRecord:
    return UserRecord(**dict(row))


def _post(row: asyncpg.Record) -> PostRecord:
    return PostRecord(**dict(row))


def _comment(row: asyncpg.Record) -> CommentRecord:
    return CommentRecord(**dict(row))


class PgRepository:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def ping(self) -> None:
        await self._pool.fetchval("SELECT 1")

    # -- users ---------------------------------------------------------------

    async def create_user(self, username: str, password_hash: str) -> UserRecord:
        try:
            row = await self._pool.fetchrow(
                f"INSERT INTO users (username, password_hash) VALUES ($1, $2) RETURNING {_USER_COLS}",
                username,
                password_hash,
            )
        except asyncpg.UniqueViolationError as exc:
            raise UsernameTakenError(username) from exc
        assert row is not None
        return _user(row)

    async def get_user(self, user_id: int) -> UserRecord | None:
        row = await self._pool.fetchrow(f"SELECT {_USER_COLS} FROM users WHERE id = $1", user_id)
        return _user(row) if row else None

    async def get_user_by_username(self, username: str) -> UserRecord | None:
        row = await self._pool.fetchrow(
            f"SELECT {_USER_COLS} FROM users WHERE username = $1", username
        )
        return _user(row) if row else None

    # -- posts ---------------------------------------------------------------

    async def list_posts(self, limit: int, offset: int) -> tuple[list[PostRecord], int]:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(
                _POST_SELECT
                + """
                FROM posts p JOIN users u ON u.id = p.author_id
                ORDER BY p.created_at DESC, p.id DESC
                LIMIT $1 OFFSET $2
                """,
                limit,
                offset,
            )
            total = await conn.fetchval("SELECT count(*) FROM posts")
        return [_post(r) for r in rows], int(total)

    async def get_post(self, post_id: int) -> PostRecord | None:
        row = await self._pool.fetchrow(
            _POST_SELECT + " FROM posts p JOIN users u ON u.id = p.author_id WHERE p.id = $1",
            post_id,
        )
        return _post(row) if row else None

    async def create_post(self, author_id: int, title: str, content: str) -> PostRecord:
        row = await self._pool.fetchrow(
            """
            WITH p AS (
                INSERT INTO posts (author_id, title, content) VALUES ($1, $2, $3) RETURNING *
            )
            """
            + _POST_SELECT
            + " FROM p JOIN users u ON u.id = p.author_id",
            author_id,
            title,
            content,
        )
        assert row is not None
        return _post(row)

    async def update_post(self, post_id: int, changes: Mapping[str, str]) -> PostRecord | None:
        columns = [c for c in UPDATABLE_POST_COLUMNS if c in changes]
        if not columns:
            return await self.get_post(post_id)
        assignments = ", ".join(f"{col} = ${n}" for n, col in enumerate(columns, start=2))
        row = await self._pool.fetchrow(
            f"""
            WITH p AS (
                UPDATE posts SET {assignments}, updated_at = now() WHERE id = $1 RETURNING *
            )
            """
            + _POST_SELECT
            + " FROM p JOIN users u ON u.id = p.author_id",
            post_id,
            *(changes[c] for c in columns),
        )
        return _post(row) if row else None

    async def delete_post(self, post_id: int) -> bool:
        status = await self._pool.execute("DELETE FROM posts WHERE id = $1", post_id)
        return status == "DELETE 1"

    # -- comments ------------------------------------------------------------

    async def list_comments(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[list[CommentRecord], int]:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch(
                _COMMENT_SELECT
                + """
                FROM comments c JOIN users u ON u.id = c.author_id
                WHERE c.post_id = $1
                ORDER BY c.created_at, c.id
                LIMIT $2 OFFSET $3
                """,
                post_id,
                limit,
                offset,
            )
            total = await conn.fetchval("SELECT count(*) FROM comments WHERE post_id = $1", post_id)
        return [_comment(r) for r in rows], int(total)

    async def create_comment(self, post_id: int, author_id: int, body: str) -> CommentRecord | None:
        """Insert a comment; returns None if the post does not exist (or vanished concurrently)."""
        try:
            row = await self._pool.fetchrow(
                """
                WITH c AS (
                    INSERT INTO comments (post_id, author_id, body)
                    SELECT $1::bigint, $2::bigint, $3::text
                    WHERE EXISTS (SELECT 1 FROM posts WHERE id = $1::bigint)
                    RETURNING *
                )
                """
                + _COMMENT_SELECT
                + " FROM c JOIN users u ON u.id = c.author_id",
                post_id,
                author_id,
                body,
            )
        except asyncpg.ForeignKeyViolationError:
            return None
        return _comment(row) if row else None
