import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, status

from ..db import get_db
from ..schemas import CommentIn, CommentOut
from ..security import CurrentUser

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

Conn = Annotated[sqlite3.Connection, Depends(get_db)]
PostId = Annotated[int, Path(ge=1, le=2**63 - 1)]

_SELECT_COMMENT = """
SELECT c.id, c.post_id, c.author_id, u.username AS author, c.content, c.created_at
FROM comments c JOIN users u ON u.id = c.author_id
"""


def _require_post(conn: sqlite3.Connection, post_id: int) -> None:
    if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get("", response_model=list[CommentOut])
async def list_comments(post_id: PostId, conn: Conn) -> list[CommentOut]:
    _require_post(conn, post_id)
    rows = conn.execute(_SELECT_COMMENT + " WHERE c.post_id = ? ORDER BY c.id", (post_id,)).fetchall()
    return [CommentOut(**dict(r)) for r in rows]


@router.post("", response_model=CommentOut, status_code=status.HTTP_201_CREATED)
async def create_comment(post_id: PostId, body: CommentIn, user: CurrentUser, conn: Conn) -> CommentOut:
    _require_post(conn, post_id)
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)",
        (post_id, user["id"], body.content),
    )
    conn.commit()
    row = conn.execute(_SELECT_COMMENT + " WHERE c.id = ?", (cur.lastrowid,)).fetchone()
    return CommentOut(**dict(row))
