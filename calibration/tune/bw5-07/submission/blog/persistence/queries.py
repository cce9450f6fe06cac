"""Hand-written read queries (CQRS-style read side).

The ORDER BY clause cannot be a bind parameter, so it is assembled from a fixed mapping;
user input only ever selects a key of ``_ORDERINGS``. Values are always bound.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


class PostOrdering(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"


_ORDERINGS: dict[PostOrdering, str] = {
    PostOrdering.NEWEST: "p.created_at DESC, p.id DESC",
    PostOrdering.OLDEST: "p.created_at ASC, p.id ASC",
    PostOrdering.TITLE: "p.title COLLATE NOCASE ASC, p.id ASC",
}


async def list_post_summaries(
    session: AsyncSession, *, ordering: PostOrdering, limit: int, offset: int
) -> list[dict[str, Any]]:
    order_by = _ORDERINGS[ordering]
    stmt = text(
        f"""
        SELECT p.id, p.title, p.content, p.created_at, p.author_id,
               u.username AS author_username,
               (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count
        FROM posts p JOIN users u ON u.id = p.author_id
        ORDER BY {order_by}
        LIMIT :limit OFFSET :offset
        """
    )
    result = await session.execute(stmt, {"limit": limit, "offset": offset})
    return [dict(row) for row in result.mappings()]
