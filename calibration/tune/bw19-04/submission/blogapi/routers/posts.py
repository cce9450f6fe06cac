from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blogapi.deps import CurrentUser, PaginationDep, SessionDep
from blogapi.models import Post, User
from blogapi.schemas import Page, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

_UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    status.HTTP_401_UNAUTHORIZED: {"description": "Missing or invalid token"}
}
_FORBIDDEN: dict[int | str, dict[str, Any]] = {
    status.HTTP_403_FORBIDDEN: {"description": "You are not the author of this post"}
}
_NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {"description": "No post with this id"}
}


async def get_post_or_404(session: AsyncSession, post_id: int) -> Post:
    post = await session.scalar(
        select(Post).where(Post.id == post_id).options(selectinload(Post.author))
    )
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


def _ensure_author(post: Post, user: User) -> None:
    if post.author_id != user.id:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, detail="Only the author may change this post"
        )


@router.get("", response_model=Page[PostRead], summary="List posts, newest first")
async def list_posts(session: SessionDep, page: PaginationDep) -> Page[PostRead]:
    total = await session.scalar(select(func.count()).select_from(Post)) or 0
    posts = await session.scalars(
        select(Post)
        .options(selectinload(Post.author))
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    )
    return Page[PostRead](
        items=[PostRead.model_validate(post) for post in posts],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/{post_id}", response_model=PostRead, summary="Read a post", responses=_NOT_FOUND)
async def read_post(post_id: int, session: SessionDep) -> Post:
    return await get_post_or_404(session, post_id)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostRead,
    summary="Publish a post",
    responses=_UNAUTHORIZED,
)
async def create_post(body: PostCreate, session: SessionDep, user: CurrentUser) -> Post:
    post = Post(title=body.title, content=body.content, author=user)
    session.add(post)
    await session.commit()
    return post


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit your post",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
async def update_post(
    post_id: int, body: PostUpdate, session: SessionDep, user: CurrentUser
) -> Post:
    post = await get_post_or_404(session, post_id)
    _ensure_author(post, user)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    await session.commit()
    await session.refresh(post, attribute_names=["updated_at"])
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your post (and its comments)",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
async def delete_post(post_id: int, session: SessionDep, user: CurrentUser) -> None:
    post = await get_post_or_404(session, post_id)
    _ensure_author(post, user)
    await session.delete(post)
    await session.commit()
