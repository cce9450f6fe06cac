"""Comment data access, plain dicts in and out."""
from typing import Any

import aiosqlite

CommentRow = dict[str, Any]

COMMENT_SELECT = """
    SELECT c.id, c.post_id, c.content, c.created_at,
           u.id AS author_id, u.username AS author_username
    FROM comments c
    JOIN users u ON u.id = c.author_id
"""


def _to_comment(row: aiosqlite.Row) -> CommentRow:
    return {
        "id": row["id"],
        "post_id": row["post_id"],
        "content": row["content"],
        "created_at": row["created_at"],
        "author": {"id": row["author_id"], "username": row["author_username"]},
    }


async def list_for_post(
    db: aiosqlite.Connection, post_id: int, limit: int, offset: int
) -> tuple[list[CommentRow], int]:
    cursor = await db.execute(
        f"{COMMENT_SELECT} WHERE c.post_id = ? ORDER BY c.id ASC LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    )
    rows = await cursor.fetchall()
    count_cursor = await db.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,))
    (total,) = await count_cursor.fetchone()
    return [_to_comment(r) for r in rows], total


async def get_comment(db: aiosqlite.Connection, comment_id: int) -> CommentRow | None:
    cursor = await db.execute(f"{COMMENT_SELECT} WHERE c.id = ?", (comment_id,))
    row = await cursor.fetchone()
    return _to_comment(row) if row else None


async def create_comment(
    db: aiosqlite.Connection, post_id: int, author_id: int, content: str
) -> CommentRow:
    cursor = await db.execute(
        "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)",
        (post_id, author_id, content),
    )
    await db.commit()
    comment = await get_comment(db, cursor.lastrowid)
    assert comment is not None
    return comment


async def delete_comment(db: aiosqlite.Connection, comment_id: int) -> None:
    await db.execute("DELETE FROM comments WHERE id = ?", (comment_id,))
    await db.commit()
