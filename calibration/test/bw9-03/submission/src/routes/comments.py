from typing import Any, Annotated

import aiosqlite
from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from src.auth import require_user
from src.db import get_db
from src.routes.posts import find_post
from src.schemas import CommentCreate, CommentOut, ErrorOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

DB = Annotated[aiosqlite.Connection, Depends(get_db)]
User = Annotated[dict[str, Any], Depends(require_user)]

COMMENT_SELECT = """
SELECT c.id, c.post_id, c.body, u.username AS author, c.created_at
FROM comments c JOIN users u ON u.id = c.author_id
"""


@router.get("", response_model=list[CommentOut], responses={404: {"model": ErrorOut}})
async def list_comments(
    post_id: int,
    db: DB,
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
) -> list[dict[str, Any]]:
    await find_post(db, post_id)
    cursor = await db.execute(
        COMMENT_SELECT + " WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    )
    return [dict(row) for row in await cursor.fetchall()]


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    responses={401: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
async def create_comment(
    post_id: int, body: CommentCreate, db: DB, user: User
) -> dict[str, Any]:
    await find_post(db, post_id)
    cursor = await db.execute(
        "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
        (post_id, user["id"], body.body),
    )
    await db.commit()
    cursor = await db.execute(COMMENT_SELECT + " WHERE c.id = ?", (cursor.lastrowid,))
    return dict(await cursor.fetchone())


@router.delete(
    "/{comment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={401: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
async def delete_comment(post_id: int, comment_id: int, db: DB, user: User) -> Response:
    cursor = await db.execute(
        "DELETE FROM comments WHERE id = ? AND post_id = ?", (comment_id, post_id)
    )
    await db.commit()
    if cursor.rowcount == 0:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "comment not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
