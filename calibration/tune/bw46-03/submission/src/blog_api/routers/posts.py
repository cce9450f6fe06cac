from datetime import UTC, datetime

from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import delete, func, select
from sqlalchemy.orm import joinedload

from blog_api.db import SessionDep
from blog_api.deps import CurrentUser
from blog_api.models import Comment, Post
from blog_api.schemas import (
    DEFAULT_PAGE_SIZE,
    ErrorOut,
    Limit,
    Offset,
    Page,
    PostCreate,
    PostId,
    PostOut,
    PostUpdate,
)

router = APIRouter(prefix="/posts", tags=["posts"])

_401 = {401: {"model": ErrorOut, "description": "Missing, invalid or expired token"}}
_403 = {403: {"model": ErrorOut, "description": "Only the author may do this"}}
_404 = {404: {"model": ErrorOut, "description": "Post not found"}}


async def _get_post_or_404(session: SessionDep, post_id: int) -> Post:
    post = await session.get(Post, post_id, options=[joinedload(Post.author)])
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", response_model=Page[PostOut], summary="List posts, newest first")
async def list_posts(
    session: SessionDep, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0
) -> Page[PostOut]:
    total = await session.scalar(select(func.count()).select_from(Post)) or 0
    rows = await session.scalars(
        select(Post)
        .options(joinedload(Post.author))
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    items = [PostOut.model_validate(p) for p in rows]
    return Page[PostOut](items=items, total=total, limit=limit, offset=offset)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=_404)
async def read_post(post_id: PostId, session: SessionDep) -> Post:
    return await _get_post_or_404(session, post_id)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    summary="Publish a post",
    responses=_401,
)
async def create_post(body: PostCreate, user: CurrentUser, session: SessionDep) -> Post:
    post = Post(title=body.title, content=body.content, author=user)
    session.add(post)
    await session.commit()
    return post


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your post",
    responses={**_401, **_403, **_404},
)
async def update_post(
    post_id: PostId, body: PostUpdate, user: CurrentUser, session: SessionDep
) -> Post:
    post = await _get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may edit this post")
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    post.updated_at = datetime.now(UTC)
    await session.commit()
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post and its comments",
    responses={**_401, **_403, **_404},
)
async def delete_post(post_id: PostId, user: CurrentUser, session: SessionDep) -> Response:
    post = await _get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may delete this post")
    # Explicit rather than relying on ON DELETE CASCADE, which SQLite only honours with a pragma.
    await session.execute(delete(Comment).where(Comment.post_id == post.id))
    await session.delete(post)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
