from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from src import db
from src.middleware.auth import require_auth

router = APIRouter()


async def post_exists(post_id):
    return await db.find_one("SELECT id FROM posts WHERE id = ?", (post_id,)) is not None


@router.get("")
async def list_comments(request: Request):
    post_id = request.path_params["id"]
    if not await post_exists(post_id):
        return JSONResponse({"error": "Post not found"}, status_code=404)

    limit = min(int(request.query_params.get("limit", 50)), 100)
    offset = int(request.query_params.get("offset", 0))
    comments = await db.find_all(
        """
        SELECT c.id, c.post_id, c.body, c.created_at, u.username AS author
        FROM comments c JOIN users u ON u.id = c.author_id
        WHERE c.post_id = ?
        ORDER BY c.id
        LIMIT ? OFFSET ?
        """,
        (post_id, limit, offset),
    )
    return JSONResponse(comments)


@router.post("", dependencies=[Depends(require_auth)])
async def add_comment(request: Request):
    user = request.state.user
    post_id = request.path_params["id"]
    if not await post_exists(post_id):
        return JSONResponse({"error": "Post not found"}, status_code=404)

    body = await request.json()
    text = body.get("body")
    if not text:
        return JSONResponse({"error": "body is required"}, status_code=400)

    comment_id = await db.run(
        "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
        (post_id, user["id"], text),
    )
    comment = await db.find_one(
        """
        SELECT c.id, c.post_id, c.body, c.created_at, u.username AS author
        FROM comments c JOIN users u ON u.id = c.author_id
        WHERE c.id = ?
        """,
        (comment_id,),
    )
    return JSONResponse(comment, status_code=201)
