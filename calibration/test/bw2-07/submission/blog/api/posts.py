from fastapi import APIRouter, Body, Depends, HTTPException, Query, Response

from blog import crud
from blog.config import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from blog.database import get_db
from blog.schemas import CommentOut, CommentPage, PostCreate, PostOut, PostPage, PostUpdate
from blog.security import get_current_user

router = APIRouter(prefix="/posts", tags=["posts"])


async def post_or_404(db, post_id):
    post = await crud.get_post(db, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@router.get("", response_model=PostPage, summary="List posts (public)")
async def list_posts(
    limit: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    db=Depends(get_db),
):
    posts = await crud.list_posts(db, limit, offset)
    items = [crud.post_to_dict(p) for p in posts]
    return {"items": items, "limit": limit, "offset": offset, "count": len(items)}


@router.post("", response_model=PostOut, status_code=201, summary="Publish a post")
async def create_post(body: PostCreate, user=Depends(get_current_user), db=Depends(get_db)):
    post = await crud.create_post(db, user, body.title, body.content)
    return crud.post_to_dict(post)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post (public)")
async def read_post(post_id: int, db=Depends(get_db)):
    return crud.post_to_dict(await post_or_404(db, post_id))


@router.patch("/{post_id}", response_model=PostOut, summary="Edit your post")
async def edit_post(
    post_id: int, body: PostUpdate, user=Depends(get_current_user), db=Depends(get_db)
):
    post = await post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="You can only edit your own posts")
    post = await crud.update_post(db, post, body.model_dump(exclude_unset=True, exclude_none=True))
    return crud.post_to_dict(post)


@router.delete("/{post_id}", status_code=204, summary="Delete your post")
async def remove_post(post_id: int, user=Depends(get_current_user), db=Depends(get_db)):
    post = await post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail="You can only delete your own posts")
    await crud.delete_post(db, post)
    return Response(status_code=204)


@router.get("/{post_id}/comments", response_model=CommentPage, summary="Comments of a post (public)")
async def get_comments(
    post_id: int,
    limit: int = Query(DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    db=Depends(get_db),
):
    await post_or_404(db, post_id)
    comments = await crud.list_comments(db, post_id, limit, offset)
    items = [crud.comment_to_dict(c) for c in comments]
    return {"items": items, "limit": limit, "offset": offset, "count": len(items)}


@router.post(
    "/{post_id}/comments", response_model=CommentOut, status_code=201, summary="Comment on a post"
)
async def post_comment(
    post_id: int, payload: dict = Body(...), user=Depends(get_current_user), db=Depends(get_db)
):
    content = payload.get("content")
    if not isinstance(content, str) or not content.strip():
        raise HTTPException(status_code=422, detail="content must be a non-empty string")
    await post_or_404(db, post_id)
    comment = await crud.add_comment(db, post_id, user, content.strip())
    return crud.comment_to_dict(comment)
