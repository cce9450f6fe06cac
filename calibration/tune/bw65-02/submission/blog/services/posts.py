"""Post data access, plain dicts in and out."""
from typing import Any

import aiosqlite

PostRow = dict[str, Any]

# shared SELECT so every query returns the same shape (author joined in, no N+1)
POST_SELECT = """
    SELECT p.id, p.title, p.content, p.created_at, p.updated_at,
           u.id AS author_id, u.username AS author_username
    FROM posts p
    JOIN users u ON u.id = p.author_id
"""

UPDATABLE_COLUMNS = ("title", "content")


def _to_post(row: aiosqlite.Row) -> PostRow:
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "author": {"id": row["author_id"], "username": row["author_username"]},
    }


async def list_posts(db: aiosqlite.Connection, limit: int, offset: int) -> tuple[list[PostRow], int]:
    cursor = await db.execute(
        f"{POST_SELECT} ORDER BY p.id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    )
    rows = await cursor.fetchall()
    count_cursor = await db.execute("SELECT COUNT(*) FROM posts")
    (total,) = await count_cursor.fetchone()
    return [_to_post(r) for r in rows], total


async def get_post(db: aiosqlite.Connection, post_id: int) -> PostRow | None:
    cursor = await db.execute(f"{POST_SELECT} WHERE p.id = ?", (post_id,))
    row = await cursor.fetchone()
    return _to_post(row) if row else None


async def exists(db: aiosqlite.Connection, post_id: int) -> bool:
    cursor = await db.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,))
    return await cursor.fetchone() is not None


async def create_post(db: aiosqlite.Connection, author_id: int, title: str, content: str) -> PostRow:
    cursor = await db.execute(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (author_id, title, content),
    )
    await db.commit()
    post = await get_post(db, cursor.lastrowid)
    assert post is not None
    return post


async def update_post(db: aiosqlite.Connection, post_id: int, changes: dict[str, str]) -> PostRow | None:
    fields = {k: v for k, v in changes.items() if k in UPDATABLE_COLUMNS}
    if fields:
        assignments = ", ".join(f"{column} = ?" for column in fields)
        await db.execute(
            f"UPDATE posts SET {assignments}, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
            (*fields.values(), post_id),
        )
        await db.commit()
    return await get_post(db, post_id)


async def delete_post(db: aiosqlite.Connection, post_id: int) -> None:
    await db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    await db.commit()


async def get_author_id(db: aiosqlite.Connection, post_id: int) -> int | None:
    cursor = await db.execute("SELECT author_id FROM posts WHERE id = ?", (post_id,))
    row = await cursor.fetchone()
    return row["author_id"] if row else None
