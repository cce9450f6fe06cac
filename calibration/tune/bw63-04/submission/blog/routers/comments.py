import sqlite3

from fastapi import APIRouter, HTTPException, Response, status

from ..deps import DB, R401, R403, R404, AnyUser, Commenter, CommentId, Paging, PostId
from ..schemas import CommentCreate, CommentOut, CommentPage, UserOut

router = APIRouter(tags=["comments"])

COMMENT_SELECT = """
SELECT c.id, c.post_id, c.body, c.created_at, u.id AS author_id, u.username AS author_name
  FROM comments c
  JOIN users u ON u.id = c.author_id
"""


def _comment_out(row: sqlite3.Row) -> CommentOut:
    return CommentOut(
        id=row["id"],
        post_id=row["post_id"],
        author=UserOut(id=row["author_id"], username=row["author_name"]),
        body=row["body"],
        created_at=row["created_at"],
    )


def _ensure_post(conn: sqlite3.Connection, post_id: int) -> None:
    if conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")


@router.get(
    "/posts/{post_id}/comments",
    response_model=CommentPage,
    summary="Comments on a post, oldest first",
    responses=R404,
)
def list_comments(post_id: PostId, conn: DB, page: Paging) -> CommentPage:
    _ensure_post(conn, post_id)
    total = conn.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)).fetchone()[0]
    rows = conn.execute(
        COMMENT_SELECT + " WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, page.limit, page.offset),
    ).fetchall()
    return CommentPage(
        items=[_comment_out(r) for r in rows], total=total, limit=page.limit, offset=page.offset
    )


@router.post(
    "/posts/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**R401, **R403, **R404},
)
def add_comment(post_id: PostId, body: CommentCreate, user: Commenter, conn: DB) -> CommentOut:
    with conn:
        _ensure_post(conn, post_id)
        cur = conn.execute(
            "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
            (post_id, user.id, body.body),
        )
    row = conn.execute(COMMENT_SELECT + " WHERE c.id = ?", (cur.lastrowid,)).fetchone()
    if row is None:  # deleted between insert and read; treat as gone
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Comment not found")
    return _comment_out(row)


@router.delete(
    "/comments/{comment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your own comment",
    responses={**R401, **R403, **R404},
)
def delete_comment(comment_id: CommentId, user: AnyUser, conn: DB) -> Response:
    with conn:
        row = conn.execute("SELECT author_id FROM comments WHERE id = ?", (comment_id,)).fetchone()
        if row is None:
            raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Comment not found")
        if row["author_id"] != user.id:
            raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not your comment")
        conn.execute("DELETE FROM comments WHERE id = ?", (comment_id,))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
