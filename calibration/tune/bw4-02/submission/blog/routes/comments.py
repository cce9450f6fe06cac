import sqlite3
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from blog.deps import CurrentUserId, Db
from blog.schemas import CommentCreate, CommentOut, ErrorOut, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

DEFAULT_LIMIT = 50
MAX_LIMIT = 200

_SELECT_COMMENT = """
    SELECT c.id, c.post_id, c.author_id, u.username AS author, c.content, c.created_at
    FROM comments c JOIN users u ON u.id = c.author_id
"""

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}


def _ensure_post(db: sqlite3.Connection, post_id: int) -> None:
    if db.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get("", response_model=Page[CommentOut], responses=NOT_FOUND, summary="List a post's comments")
def list_comments(
    post_id: int,
    db: Db,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[CommentOut]:
    _ensure_post(db, post_id)
    total = db.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)).fetchone()[0]
    rows = db.execute(
        _SELECT_COMMENT + " WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    return Page[CommentOut](
        items=[CommentOut(**dict(r)) for r in rows], total=total, limit=limit, offset=offset
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    responses={**NOT_FOUND, 401: {"model": ErrorOut, "description": "Missing or invalid token"}},
    summary="Comment on a post",
)
def create_comment(post_id: int, body: CommentCreate, user_id: CurrentUserId, db: Db) -> CommentOut:
    _ensure_post(db, post_id)
    with db:
        cur = db.execute(
            "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
            (post_id, user_id, body.content, datetime.now(UTC).isoformat()),
        )
    row = db.execute(_SELECT_COMMENT + " WHERE c.id = ?", (cur.lastrowid,)).fetchone()
    return CommentOut(**dict(row))
