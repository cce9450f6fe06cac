"""SQL, and nothing else. Every value is a bound parameter."""
import sqlite3
from typing import Any

import aiosqlite

from blog.schemas import Author, CommentOut, PostOut

_POST_SELECT = """
SELECT p.id, p.title, p.content, p.created_at, p.updated_at,
       u.id AS author_id, u.username AS author_username,
       (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count
FROM posts p
JOIN users u ON u.id = p.author_id
"""

_COMMENT_SELECT = """
SELECT c.id, c.post_id, c.body, c.created_at, u.id AS author_id, u.username AS author_username
FROM comments c
JOIN users u ON u.id = c.author_id
"""


def _post(row: sqlite3.Row) -> PostOut:
    return PostOut(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        author=Author(id=row["author_id"], username=row["author_username"]),
        comment_count=row["comment_count"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _comment(row: sqlite3.Row) -> CommentOut:
    return CommentOut(
        id=row["id"],
        post_id=row["post_id"],
        body=row["body"],
        author=Author(id=row["author_id"], username=row["author_username"]),
        created_at=row["created_at"],
    )


async def _one(conn: aiosqlite.Connection, sql: str, params: tuple[Any, ...]) -> sqlite3.Row | None:
    async with conn.execute(sql, params) as cur:
        return await cur.fetchone()


async def _all(conn: aiosqlite.Connection, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
    async with conn.execute(sql, params) as cur:
        return list(await cur.fetchall())


# --- users & tokens ---------------------------------------------------------

async def insert_user(conn: aiosqlite.Connection, username: str, password_hash: str) -> sqlite3.Row | None:
    """The new user, or None if the username is taken."""
    try:
        return await _one(
            conn,
            "INSERT INTO users (username, password_hash) VALUES (?, ?) "
            "RETURNING id, username, created_at",
            (username, password_hash),
        )
    except sqlite3.IntegrityError:
        return None


async def user_credentials(conn: aiosqlite.Connection, username: str) -> sqlite3.Row | None:
    return await _one(conn, "SELECT id, password_hash FROM users WHERE username = ?", (username,))


async def insert_token(conn: aiosqlite.Connection, digest: str, user_id: int, expires_at: int) -> None:
    await conn.execute(
        "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
        (digest, user_id, expires_at),
    )


async def purge_tokens(conn: aiosqlite.Connection, user_id: int, now: int) -> None:
    await conn.execute("DELETE FROM tokens WHERE user_id = ? AND expires_at <= ?", (user_id, now))


async def delete_token(conn: aiosqlite.Connection, digest: str) -> None:
    await conn.execute("DELETE FROM tokens WHERE token_hash = ?", (digest,))


async def user_for_token(conn: aiosqlite.Connection, digest: str, now: int) -> sqlite3.Row | None:
    return await _one(
        conn,
        "SELECT u.id, u.username, u.created_at FROM tokens t JOIN users u ON u.id = t.user_id "
        "WHERE t.token_hash = ? AND t.expires_at > ?",
        (digest, now),
    )


# --- posts ------------------------------------------------------------------

async def count_posts(conn: aiosqlite.Connection) -> int:
    row = await _one(conn, "SELECT COUNT(*) FROM posts", ())
    return row[0] if row else 0


async def list_posts(conn: aiosqlite.Connection, limit: int, offset: int) -> list[PostOut]:
    rows = await _all(conn, _POST_SELECT + " ORDER BY p.id DESC LIMIT ? OFFSET ?", (limit, offset))
    return [_post(r) for r in rows]


async def get_post(conn: aiosqlite.Connection, post_id: int) -> PostOut | None:
    row = await _one(conn, _POST_SELECT + " WHERE p.id = ?", (post_id,))
    return _post(row) if row else None


async def post_author(conn: aiosqlite.Connection, post_id: int) -> int | None:
    row = await _one(conn, "SELECT author_id FROM posts WHERE id = ?", (post_id,))
    return row[0] if row else None


async def insert_post(conn: aiosqlite.Connection, author_id: int, title: str, content: str) -> int:
    row = await _one(
        conn,
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?) RETURNING id",
        (author_id, title, content),
    )
    assert row is not None
    return row[0]


async def update_post(conn: aiosqlite.Connection, post_id: int, title: str | None, content: str | None) -> None:
    await conn.execute(
        "UPDATE posts SET title = COALESCE(?, title), content = COALESCE(?, content), "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
        (title, content, post_id),
    )


async def delete_post(conn: aiosqlite.Connection, post_id: int) -> None:
    await conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))


# --- comments ---------------------------------------------------------------

async def post_exists(conn: aiosqlite.Connection, post_id: int) -> bool:
    return await _one(conn, "SELECT 1 FROM posts WHERE id = ?", (post_id,)) is not None


async def count_comments(conn: aiosqlite.Connection, post_id: int) -> int:
    row = await _one(conn, "SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,))
    return row[0] if row else 0


async def list_comments(conn: aiosqlite.Connection, post_id: int, limit: int, offset: int) -> list[CommentOut]:
    rows = await _all(
        conn,
        _COMMENT_SELECT + " WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    )
    return [_comment(r) for r in rows]


async def insert_comment(conn: aiosqlite.Connection, post_id: int, author_id: int, body: str) -> CommentOut:
    row = await _one(
        conn,
        "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?) RETURNING id",
        (post_id, author_id, body),
    )
    assert row is not None
    created = await _one(conn, _COMMENT_SELECT + " WHERE c.id = ?", (row[0],))
    assert created is not None
    return _comment(created)
