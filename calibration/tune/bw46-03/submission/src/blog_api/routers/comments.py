from fastapi import APIRouter, HTTPException, status
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from blog_api.db import SessionDep
from blog_api.deps import CurrentUser
from blog_api.models import Comment, Post
from blog_api.schemas import (
    DEFAULT_PAGE_SIZE,
    CommentCreate,
    CommentOut,
    ErrorOut,
    Limit,
    Offset,
    Page,
    PostId,
)

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

_404 = {404: {"model": ErrorOut, "description": "Post not found"}}


async def _ensure_post(session: SessionDep, post_id: int) -> None:
    if await session.scalar(select(Post.id).where(Post.id == post_id)) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get(
    "", response_model=Page[CommentOut], summary="A post's comments, oldest first", responses=_404
)
async def list_comments(
    post_id: PostId, session: SessionDep, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0
) -> Page[CommentOut]:
    await _ensure_post(session, post_id)
    total = (
        await session.scalar(
            select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
        )
        or 0
    )
    rows = await session.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .options(joinedload(Comment.author))
        .order_by(Comment.created_at, Comment.id)
        .limit(limit)
        .offset(offset)
    )
    items = [CommentOut.model_validate(c) for c in rows]
    return Page[CommentOut](items=items, total=total, limit=limit, offset=offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    summary="Comment on a post",
    responses={
        401: {"model": ErrorOut, "description": "Missing, invalid or expired token"},
        **_404,
    },
)
async def create_comment(
    post_id: PostId, body: CommentCreate, user: CurrentUser, session: SessionDep
) -> Comment:
    await _ensure_post(session, post_id)
    comment = Comment(post_id=post_id, content=body.content, author=user)
    session.add(comment)
    await session.commit()
    return comment
