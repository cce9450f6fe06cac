"""SQLite persistence (aiosqlite). Rows are mapped to immutable domain values."""
from collections.abc import Sequence
from datetime import datetime

import aiosqlite

from inkwell.domain import Comment, Conflict, Page, Post, User

SCHEMA = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES users(id),
    title      TEXT NOT NULL,
    content    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users(id),
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_by_post ON comments(post_id, id);
"""

_POST_SELECT = """
SELECT p.id, p.author_id, u.username, p.title, p.content, p.created_at, p.updated_at
FROM posts p JOIN users u ON u.id = p.author_id
"""

_COMMENT_SELECT = """
SELECT c.id, c.post_id, c.author_id, u.username, c.body, c.created_at
FROM comments c JOIN users u ON u.id = c.author_id
"""


async def connect(path: str) -> aiosqlite.Connection:
    db = await aiosqlite.connect(path)
    await db.executescript(SCHEMA)
    await db.commit()
    return db


def _post(row: Sequence[object]) -> Post:
    id_, author_id, author, title, content, created, updated = row
    return Post(
        id=int(id_),  # type: ignore[call-overload]
        author_id=int(author_id),  # type: ignore[call-overload]
        author=str(author),
        title=str(title),
        content=str(content),
        created_at=datetime.fromisoformat(str(created)),
        updated_at=datetime.fromisoformat(str(updated)),
    )


def _comment(row: Sequence[object]) -> Comment:
    id_, post_id, author_id, author, body, created = row
    return Comment(
        id=int(id_),  # type: ignore[call-overload]
        post_id=int(post_id),  # type: ignore[call-overload]
        author_id=int(author_id),  # type: ignore[call-overload]
        author=str(author),
        body=str(body),
        created_at=datetime.fromisoformat(str(created)),
    )


# --- users ------------------------------------------------------------------


async def insert_user(db: aiosqlite.Connection, username: str, password_hash: str) -> User | Conflict:
    try:
        cur = await db.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash)
        )
    except aiosqlite.IntegrityError:
        return Conflict("username already taken")
    await db.commit()
    assert cur.lastrowid is not None
    return User(id=cur.lastrowid, username=username, password_hash=password_hash)


async def user_by_name(db: aiosqlite.Connection, username: str) -> User | None:
    async with db.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else User(id=row[0], username=row[1], password_hash=row[2])


async def user_by_id(db: aiosqlite.Connection, user_id: int) -> User | None:
    async with db.execute(
        "SELECT id, username, password_hash FROM users WHERE id = ?", (user_id,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else User(id=row[0], username=row[1], password_hash=row[2])


# --- posts ------------------------------------------------------------------


async def insert_post(
    db: aiosqlite.Connection, author_id: int, title: str, content: str, now: datetime
) -> Post:
    cur = await db.execute(
        "INSERT INTO posts (author_id, title, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (author_id, title, content, now.isoformat(), now.isoformat()),
    )
    await db.commit()
    assert cur.lastrowid is not None
    post = await post_by_id(db, cur.lastrowid)
    assert post is not None
    return post


async def post_by_id(db: aiosqlite.Connection, post_id: int) -> Post | None:
    async with db.execute(_POST_SELECT + " WHERE p.id = ?", (post_id,)) as cur:
        row = await cur.fetchone()
    return None if row is None else _post(row)


async def list_posts(db: aiosqlite.Connection, limit: int, offset: int) -> Page[Post]:
    async with db.execute("SELECT COUNT(*) FROM posts") as cur:
        (total,) = await cur.fetchone() or (0,)
    async with db.execute(
        _POST_SELECT + " ORDER BY p.id DESC LIMIT ? OFFSET ?", (limit, offset)
    ) as cur:
        rows = await cur.fetchall()
    return Page(items=tuple(_post(r) for r in rows), total=total, limit=limit, offset=offset)


async def save_post(db: aiosqlite.Connection, post: Post) -> Post:
    await db.execute(
        "UPDATE posts SET title = ?, content = ?, updated_at = ? WHERE id = ?",
        (post.title, post.content, post.updated_at.isoformat(), post.id),
    )
    await db.commit()
    return post


async def delete_post(db: aiosqlite.Connection, post_id: int) -> None:
    await db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    await db.commit()


# --- comments ---------------------------------------------------------------


async def insert_comment(
    db: aiosqlite.Connection, post_id: int, author_id: int, body: str, now: datetime
) -> Comment:
    cur = await db.execute(
        "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
        (post_id, author_id, body, now.isoformat()),
    )
    await db.commit()
    async with db.execute(_COMMENT_SELECT + " WHERE c.id = ?", (cur.lastrowid,)) as c:
        row = await c.fetchone()
    assert row is not None
    return _comment(row)


async def list_comments(
    db: aiosqlite.Connection, post_id: int, limit: int, offset: int
) -> Page[Comment]:
    async with db.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)) as cur:
        (total,) = await cur.fetchone() or (0,)
    async with db.execute(
        _COMMENT_SELECT + " WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ) as cur:
        rows = await cur.fetchall()
    return Page(items=tuple(_comment(r) for r in rows), total=total, limit=limit, offset=offset)
