from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from blog.dependencies import CurrentUser, DbSession, Pagination
from blog.models import Comment, Post
from blog.schemas import CommentIn, CommentOut, CommentPage, ErrorOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}


def _ensure_post_exists(session: DbSession, post_id: int) -> None:
    if session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")


@router.get("", response_model=CommentPage, summary="List a post's comments, oldest first", responses=NOT_FOUND)
async def list_comments(
    post_id: int, session: DbSession, page: Annotated[Pagination, Depends()]
) -> CommentPage:
    _ensure_post_exists(session, post_id)
    count = session.scalar(select(func.count()).where(Comment.post_id == post_id)) or 0
    comments = session.scalars(
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.created_at, Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    return CommentPage(
        limit=page.limit,
        offset=page.offset,
        count=count,
        results=[CommentOut.model_validate(c) for c in comments],
    )


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**NOT_FOUND, 401: {"model": ErrorOut, "description": "Not authenticated"}},
)
async def create_comment(post_id: int, payload: CommentIn, session: DbSession, user: CurrentUser) -> Comment:
    _ensure_post_exists(session, post_id)
    comment = Comment(post_id=post_id, content=payload.content, author=user)
    session.add(comment)
    session.flush()
    session.refresh(comment)
    return comment
