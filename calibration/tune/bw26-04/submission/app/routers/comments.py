from typing import Annotated

from fastapi import APIRouter, Depends, Query, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import get_session
from app.models import Comment, User
from app.routers.posts import AUTH, NOT_FOUND, get_post_or_404
from app.schemas import CommentIn, CommentOut, Page
from app.security import CurrentUser

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])
SessionDep = Annotated[AsyncSession, Depends(get_session)]


async def to_comment_out(session: AsyncSession, comment: Comment) -> CommentOut:
    author = await session.get(User, comment.author_id)
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        body=comment.body,
        author=author.username if author else "[deleted]",
        created_at=comment.created_at,
    )


@router.get("", response_model=Page[CommentOut], responses=NOT_FOUND, summary="List a post's comments (public)")
async def list_comments(
    post_id: int,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[CommentOut]:
    await get_post_or_404(session, post_id)
    total = len((await session.scalars(select(Comment.id).where(Comment.post_id == post_id))).all())
    comments = await session.scalars(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.id).limit(limit).offset(offset)
    )
    items = [await to_comment_out(session, c) for c in comments]
    return Page[CommentOut](items=items, total=total, limit=limit, offset=offset)


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    responses=AUTH | NOT_FOUND,
    summary="Comment on a post",
)
async def create_comment(post_id: int, data: CommentIn, user: CurrentUser, session: SessionDep) -> CommentOut:
    await get_post_or_404(session, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, body=data.body)
    session.add(comment)
    await session.commit()
    return await to_comment_out(session, comment)
