"""Posts: public reads, authenticated writes, author-only changes."""

import logging

from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from blogapi.deps import CurrentUser, PaginationDep, SessionDep
from blogapi.models import Post, User
from blogapi.schemas import ErrorOut, Page, PostCreate, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])
audit = logging.getLogger("blogapi.audit")

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Only the author may do this"}}


async def load_post(session: AsyncSession, post_id: int) -> Post:
    stmt = (
        select(Post)
        .options(joinedload(Post.author))
        .where(Post.id == post_id)
        .execution_options(populate_existing=True)
    )
    post = await session.scalar(stmt)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def ensure_author(post: Post, user: User) -> None:
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may modify this post")


@router.get("", response_model=Page[PostOut], summary="List posts, newest first")
async def list_posts(session: SessionDep, page: PaginationDep) -> Page[PostOut]:
    total = await session.scalar(select(func.count()).select_from(Post)) or 0
    stmt = (
        select(Post)
        .options(joinedload(Post.author))
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    )
    posts = (await session.scalars(stmt)).all()
    return Page[PostOut](
        items=[PostOut.model_validate(p) for p in posts],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/{post_id}", response_model=PostOut, summary="Read one post", responses=NOT_FOUND)
async def get_post(post_id: int, session: SessionDep) -> Post:
    return await load_post(session, post_id)


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
async def create_post(payload: PostCreate, session: SessionDep, user: CurrentUser) -> Post:
    post = Post(title=payload.title, content=payload.content, author_id=user.id)
    session.add(post)
    await session.commit()
    audit.info("post.created id=%s author_id=%s", post.id, user.id)
    return await load_post(session, post.id)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def update_post(
    post_id: int, payload: PostUpdate, session: SessionDep, user: CurrentUser
) -> Post:
    post = await load_post(session, post_id)
    ensure_author(post, user)
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    await session.commit()
    audit.info("post.updated id=%s author_id=%s", post.id, user.id)
    return await load_post(session, post_id)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post and its comments (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def delete_post(post_id: int, session: SessionDep, user: CurrentUser) -> Response:
    post = await load_post(session, post_id)
    ensure_author(post, user)
    await session.delete(post)
    await session.commit()
    audit.info("post.deleted id=%s author_id=%s", post_id, user.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
