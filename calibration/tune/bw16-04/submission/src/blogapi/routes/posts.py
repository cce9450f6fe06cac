import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, status

from ..db import get_db
from ..schemas import PostIn, PostOut, PostPage, PostPatch
from ..security import CurrentUser

router = APIRouter(prefix="/posts", tags=["posts"])

Conn = Annotated[sqlite3.Connection, Depends(get_db)]
PostId = Annotated[int, Path(ge=1, le=2**63 - 1)]

_SELECT_POST = """
SELECT p.id, p.author_id, u.username AS author, p.title, p.content, p.created_at, p.updated_at
FROM posts p JOIN users u ON u.id = p.author_id
"""


def _load_post(conn: sqlite3.Connection, post_id: int) -> sqlite3.Row:
    row = conn.execute(_SELECT_POST + " WHERE p.id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return row


def _load_own_post(conn: sqlite3.Connection, post_id: int, user_id: int) -> sqlite3.Row:
    row = _load_post(conn, post_id)
    if row["author_id"] != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may modify this post")
    return row


@router.get("", response_model=PostPage)
async def list_posts(
    conn: Conn,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> PostPage:
    rows = conn.execute(
        _SELECT_POST + " ORDER BY p.id DESC LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    total = conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    return PostPage(items=[PostOut(**dict(r)) for r in rows], limit=limit, offset=offset, total=total)


@router.get("/{post_id}", response_model=PostOut)
async def get_post(post_id: PostId, conn: Conn) -> PostOut:
    return PostOut(**dict(_load_post(conn, post_id)))


@router.post("", response_model=PostOut, status_code=status.HTTP_201_CREATED)
async def create_post(body: PostIn, user: CurrentUser, conn: Conn) -> PostOut:
    cur = conn.execute(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (user["id"], body.title, body.content),
    )
    conn.commit()
    return PostOut(**dict(_load_post(conn, cur.lastrowid)))


@router.patch("/{post_id}", response_model=PostOut)
async def update_post(post_id: PostId, body: PostPatch, user: CurrentUser, conn: Conn) -> PostOut:
    current = _load_own_post(conn, post_id, user["id"])
    conn.execute(
        "UPDATE posts SET title = ?, content = ?, updated_at = datetime('now') WHERE id = ? AND author_id = ?",
        (body.title or current["title"], body.content or current["content"], post_id, user["id"]),
    )
    conn.commit()
    return PostOut(**dict(_load_post(conn, post_id)))


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_post(post_id: PostId, user: CurrentUser, conn: Conn) -> Response:
    _load_own_post(conn, post_id, user["id"])
    conn.execute("DELETE FROM posts WHERE id = ? AND author_id = ?", (post_id, user["id"]))
    conn.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
