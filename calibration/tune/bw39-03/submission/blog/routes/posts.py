import asyncio
from typing import Literal

import aiosqlite
from fastapi import APIRouter, HTTPException, Query, Response, status

from ..auth import CurrentUser
from ..db import DB
from ..schemas import CommentIn, CommentOut, PostIn, PostOut, PostPatch

router = APIRouter(prefix="/posts", tags=["posts"])

# whitelisted ORDER BY clauses, never taken from user input directly
SORTS: dict[str, str] = {
    "new": "created_at DESC, id DESC",
    "old": "created_at ASC, id ASC",
    "title": "title COLLATE NOCASE ASC, id ASC",
}

POST_COLUMNS = "id, title, content, author_id, created_at, updated_at"


async def _to_post_out(db: aiosqlite.Connection, row: aiosqlite.Row) -> PostOut:
    async with db.execute("SELECT username FROM users WHERE id = ?", (row["author_id"],)) as cur:
        author = await cur.fetchone()
    async with db.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (row["id"],)) as cur:
        count_row = await cur.fetchone()
    return PostOut(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        author_id=row["author_id"],
        author=author["username"] if author else "[deleted]",
        comment_count=count_row[0] if count_row else 0,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


async def _get_post_row(db: aiosqlite.Connection, post_id: int) -> aiosqlite.Row:
    async with db.execute(f"SELECT {POST_COLUMNS} FROM posts WHERE id = ?", (post_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return row


@router.get("", response_model=list[PostOut])
async def list_posts(
    db: DB,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    sort: Literal["new", "old", "title"] = "new",
) -> list[PostOut]:
    order_by = SORTS[sort]
    async with db.execute(
        f"SELECT {POST_COLUMNS} FROM posts ORDER BY {order_by} LIMIT ? OFFSET ?",
        (limit, offset),
    ) as cur:
        rows = await cur.fetchall()
    # fan out the per-post lookups concurrently
    return list(await asyncio.gather(*(_to_post_out(db, row) for row in rows)))


@router.post("", response_model=PostOut, status_code=status.HTTP_201_CREATED)
async def create_post(post: PostIn, user: CurrentUser, db: DB) -> PostOut:
    cur = await db.execute(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (user.id, post.title, post.content),
    )
    await db.commit()
    row = await _get_post_row(db, cur.lastrowid)
    return await _to_post_out(db, row)


@router.get("/{post_id}", response_model=PostOut)
async def get_post(post_id: int, db: DB) -> PostOut:
    return await _to_post_out(db, await _get_post_row(db, post_id))


@router.patch("/{post_id}", response_model=PostOut)
async def update_post(post_id: int, patch: PostPatch, user: CurrentUser, db: DB) -> PostOut:
    row = await _get_post_row(db, post_id)
    if row["author_id"] != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can edit this post")
    await db.execute(
        "UPDATE posts SET title = COALESCE(?, title), content = COALESCE(?, content), "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
        (patch.title, patch.content, post_id),
    )
    await db.commit()
    return await _to_post_out(db, await _get_post_row(db, post_id))


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_post(post_id: int, user: CurrentUser, db: DB) -> Response:
    row = await _get_post_row(db, post_id)
    if row["author_id"] != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can delete this post")
    await db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    await db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{post_id}/comments", response_model=list[CommentOut])
async def list_comments(post_id: int, db: DB) -> list[CommentOut]:
    await _get_post_row(db, post_id)
    async with db.execute(
        "SELECT c.id, c.post_id, u.username AS author, c.body, c.created_at "
        "FROM comments c JOIN users u ON u.id = c.author_id "
        "WHERE c.post_id = ? ORDER BY c.id",
        (post_id,),
    ) as cur:
        rows = await cur.fetchall()
    return [CommentOut(**dict(r)) for r in rows]


@router.post(
    "/{post_id}/comments", response_model=CommentOut, status_code=status.HTTP_201_CREATED
)
async def add_comment(post_id: int, comment: CommentIn, user: CurrentUser, db: DB) -> CommentOut:
    await _get_post_row(db, post_id)
    cur = await db.execute(
        "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
        (post_id, user.id, comment.body),
    )
    await db.commit()
    async with db.execute(
        "SELECT created_at FROM comments WHERE id = ?", (cur.lastrowid,)
    ) as c:
        created = await c.fetchone()
    return CommentOut(
        id=cur.lastrowid,
        post_id=post_id,
        author=user.username,
        body=comment.body,
        created_at=created["created_at"],
    )
