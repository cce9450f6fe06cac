from fastapi import APIRouter, Depends, HTTPException, Query

from app.helpers import comments as comments_helper
from app.helpers import posts as posts_helper
from app.middleware import require_user
from app.schemas import CommentIn, CommentList, CommentOut
from app.store import get_redis

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get("", response_model=CommentList)
async def list_comments(
    post_id: int,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    r=Depends(get_redis),
):
    if not await posts_helper.post_exists(r, post_id):
        raise HTTPException(status_code=404, detail="Post not found")
    return await comments_helper.list_comments(r, post_id, limit, offset)


@router.post("", response_model=CommentOut, status_code=201)
async def add_comment(
    post_id: int, body: CommentIn, user=Depends(require_user), r=Depends(get_redis)
):
    if not await posts_helper.post_exists(r, post_id):
        raise HTTPException(status_code=404, detail="Post not found")
    return await comments_helper.add_comment(r, post_id, user, body.content)
