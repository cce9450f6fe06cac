"""Comments on a post: public reads, authenticated writes."""

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from blogapi.deps import CurrentUser, PaginationDep, SessionDep
from blogapi.models import Comment, Post
from blogapi.schemas import CommentCreate, CommentOut, ErrorOut, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}


async def ensure_post_exists(session: AsyncSession, post_id: int) -> None:
    if not await session.scalar(select(exists().where(Post.id == post_id))):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get(
    "",
    response_model=Page[CommentOut],
    summary="List a post's comments, oldest first",
    responses=NOT_FOUND,
)
async def list_comments(post_id: int, session: SessionDep, page: PaginationDep) -> Page[CommentOut]:
    await ensure_post_exists(session, post_id)
    total = await session.scalar(
        select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
    ) or 0
    stmt = (
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.created_at, Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    )
    comments = (await session.scalars(stmt)).all()
    return Page[CommentOut](
        items=[CommentOut.model_validate(c) for c in comments],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}, **NOT_FOUND},
)
async def create_comment(
    post_id: int, payload: CommentCreate, session: SessionDep, user: CurrentUser
) -> Comment:
    await ensure_post_exists(session, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, body=payload.body)
    session.add(comment)
    await session.commit()
    stmt = (
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.id == comment.id)
        .execution_options(populate_existing=True)
    )
    return (await session.scalars(stmt)).one()
