from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from app.deps import CurrentUser, PageDep, SessionDep
from app.models import Comment, Post
from app.schemas import CommentCreate, CommentOut, ErrorOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}


async def ensure_post_exists(session: SessionDep, post_id: int) -> None:
    if await session.scalar(select(Post.id).where(Post.id == post_id)) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get(
    "", response_model=list[CommentOut], summary="List a post's comments", responses=NOT_FOUND
)
async def list_comments(post_id: int, session: SessionDep, page: PageDep) -> list[CommentOut]:
    await ensure_post_exists(session, post_id)
    rows = await session.scalars(
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    )
    return [
        CommentOut(id=c.id, post_id=c.post_id, body=c.body, author=c.author.username) for c in rows
    ]


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}, **NOT_FOUND},
)
async def create_comment(
    post_id: int, payload: CommentCreate, user: CurrentUser, session: SessionDep
) -> CommentOut:
    await ensure_post_exists(session, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, body=payload.body)
    session.add(comment)
    await session.commit()
    return CommentOut(id=comment.id, post_id=post_id, body=comment.body, author=user.username)
