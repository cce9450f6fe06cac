import asyncio

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from app import db
from app.middleware.auth import require_auth
from app.schemas import ListResponse, PostCreate, PostOut
from app.utils.serializers import serialize_post

router = APIRouter(prefix="/api/posts", tags=["posts"])


async def get_author(author_id):
    return await db.query_one("SELECT id, username FROM users WHERE id = ?", (author_id,))


async def count_comments(post_id):
    row = await db.query_one("SELECT COUNT(*) AS n FROM comments WHERE post_id = ?", (post_id,))
    return row["n"]


async def populate_post(row):
    # fetch author + comment count in parallel (Promise.all style)
    author, comment_count = await asyncio.gather(get_author(row["author_id"]), count_comments(row["id"]))
    return serialize_post(row, author, comment_count)


@router.get("", response_model=ListResponse[PostOut])
async def list_posts(limit: int = Query(10, ge=1, le=50), offset: int = Query(0, ge=0)):
    rows = await db.query_all(
        "SELECT * FROM posts ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?", (limit, offset)
    )
    total = await db.query_one("SELECT COUNT(*) AS n FROM posts")
    posts = await asyncio.gather(*[populate_post(r) for r in rows])
    return {"data": posts, "meta": {"limit": limit, "offset": offset, "total": total["n"]}}


@router.get("/{post_id}", response_model=PostOut)
async def get_post(post_id: int):
    row = await db.query_one("SELECT * FROM posts WHERE id = ?", (post_id,))
    if not row:
        raise HTTPException(status_code=404, detail="Post not found")
    return await populate_post(row)


@router.post("", response_model=PostOut, status_code=201)
async def create_post(body: PostCreate, current_user=Depends(require_auth)):
    result = await db.run(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (current_user["id"], body.title, body.content),
    )
    row = await db.query_one("SELECT * FROM posts WHERE id = ?", (result["lastID"],))
    return await populate_post(row)


@router.put("/{post_id}", response_model=PostOut)
async def update_post(post_id: int, request: Request, current_user=Depends(require_auth)):
    row = await db.query_one("SELECT * FROM posts WHERE id = ?", (post_id,))
    if not row:
        raise HTTPException(status_code=404, detail="Post not found")
    if row["author_id"] != current_user["id"]:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")

    data = await request.json()
    title = data.get("title", row["title"])
    content = data.get("content", row["content"])

    await db.run(
        "UPDATE posts SET title = ?, content = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?",
        (title, content, post_id),
    )
    updated = await db.query_one("SELECT * FROM posts WHERE id = ?", (post_id,))
    return await populate_post(updated)


@router.delete("/{post_id}", status_code=204)
async def delete_post(post_id: int, current_user=Depends(require_auth)):
    row = await db.query_one("SELECT * FROM posts WHERE id = ?", (post_id,))
    if not row:
        raise HTTPException(status_code=404, detail="Post not found")
    if row["author_id"] != current_user["id"]:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")

    await db.run("DELETE FROM comments WHERE post_id = ?", (post_id,))
    await db.run("DELETE FROM posts WHERE id = ?", (post_id,))
    return Response(status_code=204)
