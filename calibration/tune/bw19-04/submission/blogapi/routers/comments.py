from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blogapi.deps import CurrentUser, PaginationDep, SessionDep
from blogapi.models import Comment, Post
from blogapi.schemas import CommentCreate, CommentRead, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {"description": "No post with this id"}
}


async def _ensure_post_exists(session: AsyncSession, post_id: int) -> None:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")


@router.get(
    "",
    response_model=Page[CommentRead],
    summary="List a post's comments, oldest first",
    responses=_NOT_FOUND,
)
async def list_comments(
    post_id: int, session: SessionDep, page: PaginationDep
) -> Page[CommentRead]:
    await _ensure_post_exists(session, post_id)
    total = (
        await session.scalar(
            select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
        )
        or 0
    )
    comments = await session.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .options(selectinload(Comment.author))
        .order_by(Comment.created_at, Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    )
    return Page[CommentRead](
        items=[CommentRead.model_validate(c) for c in comments],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentRead,
    summary="Comment on a post",
    responses={
        status.HTTP_401_UNAUTHORIZED: {"description": "Missing or invalid token"},
        **_NOT_FOUND,
    },
)
async def create_comment(
    post_id: int, body: CommentCreate, session: SessionDep, user: CurrentUser
) -> Comment:
    await _ensure_post_exists(session, post_id)
    comment = Comment(post_id=post_id, content=body.content, author=user)
    session.add(comment)
    await session.commit()
    return comment
