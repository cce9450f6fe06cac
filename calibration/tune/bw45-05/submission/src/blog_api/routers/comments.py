from collections.abc import Sequence

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from blog_api.deps import CurrentUser, PageDep, PostId, SessionDep
from blog_api.models import Comment, Post
from blog_api.schemas import CommentCreate, CommentRead, Problem

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

_404 = {404: {"model": Problem, "description": "Post not found"}}


def _post_not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


async def _ensure_post_exists(session: AsyncSession, post_id: int) -> None:
    found = await session.scalar(select(Post.id).where(Post.id == post_id))
    if found is None:
        raise _post_not_found()


@router.get(
    "",
    response_model=list[CommentRead],
    summary="List a post's comments, oldest first",
    responses=_404,
)
async def list_comments(post_id: PostId, session: SessionDep, page: PageDep) -> Sequence[Comment]:
    await _ensure_post_exists(session, post_id)
    stmt = (
        select(Comment)
        .where(Comment.post_id == post_id)
        .options(joinedload(Comment.author))
        .order_by(Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    )
    return (await session.scalars(stmt)).all()


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentRead,
    summary="Comment on a post",
    responses={401: {"model": Problem, "description": "Missing or invalid token"}, **_404},
)
async def create_comment(
    post_id: PostId, body: CommentCreate, user: CurrentUser, session: SessionDep
) -> Comment:
    await _ensure_post_exists(session, post_id)
    comment = Comment(post_id=post_id, content=body.content, author=user)
    session.add(comment)
    try:
        await session.commit()
    except IntegrityError:
        # The post was deleted between the check and the insert.
        await session.rollback()
        raise _post_not_found() from None
    return comment
