import asyncio

from fastapi import APIRouter, Depends, Request, Response
from fastapi.responses import JSONResponse

from src import db
from src.middleware.auth import require_auth

router = APIRouter()

SORTS = {
    "newest": "created_at DESC, id DESC",
    "oldest": "created_at ASC, id ASC",
    "title": "title COLLATE NOCASE ASC",
}


async def with_author(post):
    author = await db.find_one("SELECT username FROM users WHERE id = ?", (post["author_id"],))
    count = await db.find_one("SELECT COUNT(*) AS n FROM comments WHERE post_id = ?", (post["id"],))
    post["author"] = author["username"] if author else None
    post["comment_count"] = count["n"]
    return post


async def load_post(post_id):
    post = await db.find_one("SELECT * FROM posts WHERE id = ?", (post_id,))
    if not post:
        return None
    return await with_author(post)


@router.get("")
async def list_posts(request: Request):
    q = request.query_params
    limit = min(int(q.get("limit", 20)), 100)
    offset = int(q.get("offset", 0))
    order_by = SORTS.get(q.get("sort"), SORTS["newest"])

    posts = await db.find_all(
        f"SELECT * FROM posts ORDER BY {order_by} LIMIT ? OFFSET ?", (limit, offset)
    )
    posts = await asyncio.gather(*[with_author(p) for p in posts])
    return JSONResponse(posts)


@router.get("/{id}")
async def get_post(request: Request):
    post = await load_post(request.path_params["id"])
    if not post:
        return JSONResponse({"error": "Post not found"}, status_code=404)
    return JSONResponse(post)


@router.post("", dependencies=[Depends(require_auth)])
async def create_post(request: Request):
    user = request.state.user
    body = await request.json()
    title = body.get("title")
    content = body.get("content")

    if not title or not content:
        return JSONResponse({"error": "title and content are required"}, status_code=400)

    post_id = await db.run(
        "INSERT INTO posts (title, content, author_id) VALUES (?, ?, ?)",
        (title, content, user["id"]),
    )
    return JSONResponse(await load_post(post_id), status_code=201)


@router.put("/{id}", dependencies=[Depends(require_auth)])
async def update_post(request: Request):
    user = request.state.user
    post = await load_post(request.path_params["id"])
    if not post:
        return JSONResponse({"error": "Post not found"}, status_code=404)
    if post["author_id"] != user["id"]:
        return JSONResponse({"error": "You can only edit your own posts"}, status_code=403)

    body = await request.json()
    title = body.get("title", post["title"])
    content = body.get("content", post["content"])

    await db.run(
        "UPDATE posts SET title = ?, content = ?, updated_at = datetime('now') WHERE id = ?",
        (title, content, post["id"]),
    )
    return JSONResponse(await load_post(post["id"]))


@router.delete("/{id}", dependencies=[Depends(require_auth)])
async def delete_post(request: Request):
    user = request.state.user
    post = await load_post(request.path_params["id"])
    if not post:
        return JSONResponse({"error": "Post not found"}, status_code=404)
    if post["author_id"] != user["id"]:
        return JSONResponse({"error": "You can only delete your own posts"}, status_code=403)

    await db.run("DELETE FROM comments WHERE post_id = ?", (post["id"],))
    await db.run("DELETE FROM posts WHERE id = ?", (post["id"],))
    return Response(status_code=204)
