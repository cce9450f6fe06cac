"""SQLite repository. Every query is written out by hand; no ORM."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Literal

import aiosqlite

from blog.domain import Comment, ErrConflict, ErrNotFound, Post, User

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS posts_created_idx ON posts(created_at DESC, id DESC);

CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_post_idx ON comments(post_id, id);
"""

PostOrder = Literal["new", "old", "title"]

# ORDER BY cannot be bound as a parameter, so it is chosen from this fixed map.
_POST_ORDER: dict[str, str] = {
    "new": "p.created_at DESC, p.id DESC",
    "old": "p.created_at ASC, p.id ASC",
    "title": "p.title COLLATE NOCASE ASC, p.id ASC",
}

_POST_UPDATABLE = ("title", "content")

_POST_SELECT = """
SELECT p.id, p.author_id, u.username AS author, p.title, p.content, p.created_at, p.updated_at
FROM posts p
JOIN users u ON u.id = p.author_id
"""

_COMMENT_SELECT = """
SELECT c.id, c.post_id, c.author_id, u.username AS author, c.body, c.created_at
FROM comments c
JOIN users u ON u.id = c.author_id
"""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _user(row: aiosqlite.Row) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        password_hash=row["password_hash"],
        created_at=row["created_at"],
    )


def _post(row: aiosqlite.Row) -> Post:
    return Post(
        id=row["id"],
        author_id=row["author_id"],
        author=row["author"],
        title=row["title"],
        content=row["content"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _comment(row: aiosqlite.Row) -> Comment:
    return Comment(
        id=row["id"],
        post_id=row["post_id"],
        author_id=row["author_id"],
        author=row["author"],
        body=row["body"],
        created_at=row["created_at"],
    )


class Store:
    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    @classmethod
    async def open(cls, path: str) -> Store:
        conn = await aiosqlite.connect(path)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.executescript(SCHEMA)
        await conn.commit()
        return cls(conn)

    async def close(self) -> None:
        await self._conn.close()

    # users

    async def create_user(self, username: str, password_hash: str) -> User:
        now = _now()
        try:
            cur = await self._conn.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (username, password_hash, now),
            )
        except sqlite3.IntegrityError as err:
            raise ErrConflict("username taken") from err
        await self._conn.commit()
        assert cur.lastrowid is not None
        return User(id=cur.lastrowid, username=username, password_hash=password_hash, created_at=now)

    async def user_by_id(self, user_id: int) -> User | None:
        async with self._conn.execute(
            "SELECT id, username, password_hash, created_at FROM users WHERE id = ?", (user_id,)
        ) as cur:
            row = await cur.fetchone()
        return _user(row) if row else None

    async def user_by_username(self, username: str) -> User | None:
        async with self._conn.execute(
            "SELECT id, username, password_hash, created_at FROM users WHERE username = ?",
            (username,),
        ) as cur:
            row = await cur.fetchone()
        return _user(row) if row else None

    # posts

    async def create_post(self, author_id: int, title: str, content: str) -> Post:
        now = _now()
        cur = await self._conn.execute(
            "INSERT INTO posts (author_id, title, content, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (author_id, title, content, now, now),
        )
        await self._conn.commit()
        assert cur.lastrowid is not None
        return await self.post(cur.lastrowid)

    async def post(self, post_id: int) -> Post:
        async with self._conn.execute(_POST_SELECT + "WHERE p.id = ?", (post_id,)) as cur:
            row = await cur.fetchone()
        if row is None:
            raise ErrNotFound(f"post {post_id}")
        return _post(row)

    async def list_posts(self, limit: int, offset: int, order: PostOrder = "new") -> list[Post]:
        sql = f"{_POST_SELECT} ORDER BY {_POST_ORDER[order]} LIMIT ? OFFSET ?"
        async with self._conn.execute(sql, (limit, offset)) as cur:
            rows = await cur.fetchall()
        return [_post(r) for r in rows]

    async def update_post(self, post_id: int, fields: Mapping[str, str]) -> Post:
        cols = [c for c in _POST_UPDATABLE if c in fields]
        if cols:
            assignments = ", ".join(f"{c} = ?" for c in cols)
            params = [fields[c] for c in cols] + [_now(), post_id]
            await self._conn.execute(
                f"UPDATE posts SET {assignments}, updated_at = ? WHERE id = ?", params
            )
            await self._conn.commit()
        return await self.post(post_id)

    async def delete_post(self, post_id: int) -> None:
        cur = await self._conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
        await self._conn.commit()
        if cur.rowcount == 0:
            raise ErrNotFound(f"post {post_id}")

    # comments

    async def create_comment(self, post_id: int, author_id: int, body: str) -> Comment:
        now = _now()
        try:
            cur = await self._conn.execute(
                "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
                (post_id, author_id, body, now),
            )
        except sqlite3.IntegrityError as err:
            # FOREIGN KEY constraint failed: the post is gone.
            raise ErrNotFound(f"post {post_id}") from err
        await self._conn.commit()
        assert cur.lastrowid is not None
        async with self._conn.execute(
            _COMMENT_SELECT + "WHERE c.id = ?", (cur.lastrowid,)
        ) as c:
            row = await c.fetchone()
        assert row is not None
        return _comment(row)

    async def list_comments(self, post_id: int, limit: int, offset: int) -> list[Comment]:
        await self.post(post_id)  # 404 if the post does not exist
        async with self._conn.execute(
            _COMMENT_SELECT + "WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
            (post_id, limit, offset),
        ) as cur:
            rows = await cur.fetchall()
        return [_comment(r) for r in rows]
