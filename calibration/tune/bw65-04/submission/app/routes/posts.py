from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response

from app.helpers import posts as posts_helper
from app.middleware import require_user
from app.schemas import PostIn, PostList, PostOut
from app.store import get_redis

router = APIRouter(prefix="/posts", tags=["posts"])


@router.get("", response_model=PostList)
async def list_posts(
    limit: int = Query(10, ge=1, le=50),
    offset: int = Query(0, ge=0),
    r=Depends(get_redis),
):
    return await posts_helper.list_posts(r, limit, offset)


@router.post("", response_model=PostOut, status_code=201)
async def create_post(body: PostIn, user=Depends(require_user), r=Depends(get_redis)):
    return await posts_helper.create_post(r, user["id"], body.title, body.content)


@router.get("/{post_id}", response_model=PostOut)
async def get_post(post_id: int, r=Depends(get_redis)):
    post = await posts_helper.get_post(r, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@router.put("/{post_id}", response_model=PostOut)
async def update_post(
    post_id: int, request: Request, user=Depends(require_user), r=Depends(get_redis)
):
    post = await posts_helper.get_post(r, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")
    if post["author"]["id"] != user["id"]:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")

    # partial update, so just take whatever fields were sent
    body = await request.json()
    return await posts_helper.update_post(r, post_id, body)


@router.delete("/{post_id}", status_code=204)
async def delete_post(post_id: int, user=Depends(require_user), r=Depends(get_redis)):
    post = await posts_helper.get_post(r, post_id)
    if not post:
        raise HTTPException(status_code=404, detail="Post not found")

    await posts_helper.delete_post(r, post_id)
    return Response(status_code=204)
