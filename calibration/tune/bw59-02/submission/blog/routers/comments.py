from fastapi import APIRouter, HTTPException, status
from sqlalchemy import func, select

from blog.deps import CurrentUser, PageDep, SessionDep
from blog.loaders import resolve_comments
from blog.models import Comment, Post
from blog.schemas import CommentCreate, CommentNode, ErrorOut, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}


async def _ensure_post(session: SessionDep, post_id: int) -> None:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")


@router.get("", response_model=Page[CommentNode], responses=NOT_FOUND, summary="List a post's comments, oldest first")
async def list_comments(post_id: int, session: SessionDep, page: PageDep) -> Page[CommentNode]:
    await _ensure_post(session, post_id)
    total = await session.scalar(select(func.count()).select_from(Comment).where(Comment.post_id == post_id)) or 0
    comments = (
        await session.scalars(
            select(Comment)
            .where(Comment.post_id == post_id)
            .order_by(Comment.created_at, Comment.id)
            .limit(page.limit)
            .offset(page.offset)
        )
    ).all()
    items = await resolve_comments(session, comments)
    return Page[CommentNode](items=items, total=total, limit=page.limit, offset=page.offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentNode,
    responses={**NOT_FOUND, 401: {"model": ErrorOut, "description": "Missing or invalid token"}},
    summary="Comment on a post",
)
async def create_comment(
    post_id: int, payload: CommentCreate, session: SessionDep, user: CurrentUser
) -> CommentNode:
    await _ensure_post(session, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, body=payload.body)
    session.add(comment)
    await session.commit()
    [node] = await resolve_comments(session, [comment])
    return node
