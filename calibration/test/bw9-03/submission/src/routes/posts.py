from typing import Any, Annotated

import aiosqlite
from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from src.auth import require_user
from src.db import get_db
from src.schemas import ErrorOut, PostCreate, PostOut, PostPatch

router = APIRouter(prefix="/posts", tags=["posts"])

DB = Annotated[aiosqlite.Connection, Depends(get_db)]
User = Annotated[dict[str, Any], Depends(require_user)]

POST_SELECT = """
SELECT p.id, p.title, p.content, p.author_id, u.username AS author,
       p.created_at, p.updated_at
FROM posts p JOIN users u ON u.id = p.author_id
"""


async def find_post(db: aiosqlite.Connection, post_id: int) -> aiosqlite.Row:
    cursor = await db.execute(POST_SELECT + " WHERE p.id = ?", (post_id,))
    row = await cursor.fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    return row


@router.get("", response_model=list[PostOut])
async def list_posts(
    db: DB,
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
) -> list[dict[str, Any]]:
    cursor = await db.execute(
        POST_SELECT + " ORDER BY p.id DESC LIMIT ? OFFSET ?", (limit, offset)
    )
    return [dict(row) for row in await cursor.fetchall()]


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    responses={401: {"model": ErrorOut}},
)
async def create_post(body: PostCreate, db: DB, user: User) -> dict[str, Any]:
    cursor = await db.execute(
        "INSERT INTO posts (title, content, author_id) VALUES (?, ?, ?)",
        (body.title, body.content, user["id"]),
    )
    await db.commit()
    return dict(await find_post(db, cursor.lastrowid))


@router.get("/{post_id}", response_model=PostOut, responses={404: {"model": ErrorOut}})
async def get_post(post_id: int, db: DB) -> dict[str, Any]:
    return dict(await find_post(db, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
async def update_post(post_id: int, body: PostPatch, db: DB, user: User) -> dict[str, Any]:
    post = await find_post(db, post_id)
    if post["author_id"] != user["id"]:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "you can only edit your own posts")

    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    if changes:
        # column names come from the PostPatch fields, values are bound
        set_clause = ", ".join(f"{column} = ?" for column in changes)
        await db.execute(
            f"UPDATE posts SET {set_clause}, updated_at = datetime('now') WHERE id = ?",
            (*changes.values(), post_id),
        )
        await db.commit()
    return dict(await find_post(db, post_id))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={401: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
async def delete_post(post_id: int, db: DB, user: User) -> Response:
    await find_post(db, post_id)
    await db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    await db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
