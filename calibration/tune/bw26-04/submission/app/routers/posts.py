from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import get_session
from app.models import Post, User
from app.schemas import ErrorOut, Page, PostIn, PostOut, PostUpdate
from app.security import CurrentUser

router = APIRouter(prefix="/posts", tags=["posts"])
SessionDep = Annotated[AsyncSession, Depends(get_session)]

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
AUTH = {401: {"model": ErrorOut, "description": "Not authenticated"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the author"}}


async def to_post_out(session: AsyncSession, post: Post) -> PostOut:
    author = await session.get(User, post.author_id)
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=author.username if author else "[deleted]",
        created_at=post.created_at,
    )


async def get_post_or_404(session: AsyncSession, post_id: int) -> Post:
    post = await session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", response_model=Page[PostOut], summary="List posts (public)")
async def list_posts(
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[PostOut]:
    total = len((await session.scalars(select(Post.id))).all())
    posts = await session.scalars(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(limit).offset(offset)
    )
    items = [await to_post_out(session, p) for p in posts]
    return Page[PostOut](items=items, total=total, limit=limit, offset=offset)


@router.get("/{post_id}", response_model=PostOut, responses=NOT_FOUND, summary="Read a post (public)")
async def read_post(post_id: int, session: SessionDep) -> PostOut:
    return await to_post_out(session, await get_post_or_404(session, post_id))


@router.post(
    "", response_model=PostOut, status_code=status.HTTP_201_CREATED, responses=AUTH, summary="Publish a post"
)
async def create_post(data: PostIn, user: CurrentUser, session: SessionDep) -> PostOut:
    post = Post(author_id=user.id, title=data.title, content=data.content)
    session.add(post)
    await session.commit()
    return await to_post_out(session, post)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    responses=AUTH | FORBIDDEN | NOT_FOUND,
    summary="Edit your post",
)
async def update_post(post_id: int, data: PostUpdate, user: CurrentUser, session: SessionDep) -> PostOut:
    post = await get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can edit this post")
    if data.title is not None:
        post.title = data.title
    if data.content is not None:
        post.content = data.content
    await session.commit()
    return await to_post_out(session, post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=AUTH | FORBIDDEN | NOT_FOUND,
    summary="Delete your post",
)
async def delete_post(post_id: int, user: CurrentUser, session: SessionDep) -> Response:
    post = await get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can delete this post")
    await session.delete(post)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
