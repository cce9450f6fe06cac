from fastapi import APIRouter, Depends, HTTPException, Query

from app import db
from app.middleware.auth import require_auth
from app.schemas import CommentCreate, CommentOut, ListResponse
from app.utils.serializers import serialize_comment

router = APIRouter(prefix="/api/posts/{post_id}/comments", tags=["comments"])

COMMENT_SELECT = """
SELECT c.*, u.username FROM comments c
JOIN users u ON u.id = c.author_id
"""


async def ensure_post_exists(post_id):
    post = await db.query_one("SELECT id FROM posts WHERE id = ?", (post_id,))
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")


@router.get("", response_model=ListResponse[CommentOut])
async def list_comments(post_id: int, limit: int = Query(20, ge=1, le=100), offset: int = Query(0, ge=0)):
    await ensure_post_exists(post_id)
    rows = await db.query_all(
        COMMENT_SELECT + " WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    )
    total = await db.query_one("SELECT COUNT(*) AS n FROM comments WHERE post_id = ?", (post_id,))
    return {
        "data": [serialize_comment(r) for r in rows],
        "meta": {"limit": limit, "offset": offset, "total": total["n"]},
    }


@router.post("", response_model=CommentOut, status_code=201)
async def add_comment(post_id: int, body: CommentCreate, current_user=Depends(require_auth)):
    await ensure_post_exists(post_id)
    result = await db.run(
        "INSERT INTO comments (post_id, author_id, text) VALUES (?, ?, ?)",
        (post_id, current_user["id"], body.text),
    )
    row = await db.query_one(COMMENT_SELECT + " WHERE c.id = ?", (result["lastID"],))
    return serialize_comment(row)
