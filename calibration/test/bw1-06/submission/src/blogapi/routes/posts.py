from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blogapi.config import get_settings
from blogapi.db import get_session
from blogapi.models import Comment, Post, User
from blogapi.schemas import CommentIn, CommentOut, Message, PostIn, PostOut
from blogapi.security import get_current_user

router = APIRouter(prefix="/posts", tags=["posts"])

Session = Annotated[AsyncSession, Depends(get_session)]
CurrentUser = Annotated[User, Depends(get_current_user)]

_settings = get_settings()
Limit = Annotated[int, Query(ge=1, le=_settings.max_page_size)]
Offset = Annotated[int, Query(ge=0)]

NOT_FOUND = {404: {"model": Message, "description": "Post not found"}}
NEED_AUTH = {401: {"model": Message, "description": "Missing or invalid token"}}
NOT_AUTHOR = {403: {"model": Message, "description": "Only the author may do this"}}

# Posts are always returned with their author and comments, so load them eagerly.
# (The relationships are lazy="raise": an accidental lazy load is an error, not a hidden query.)
POST_LOAD_OPTIONS = (
    selectinload(Post.author),
    selectinload(Post.comments).selectinload(Comment.author),
)


async def _get_post(session: AsyncSession, post_id: int) -> Post:
    post = await session.scalar(select(Post).where(Post.id == post_id).options(*POST_LOAD_OPTIONS))
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", summary="List posts, newest first")
async def list_posts(
    session: Session, limit: Limit = _settings.page_size, offset: Offset = 0
) -> list[PostOut]:
    result = await session.scalars(
        select(Post)
        .options(*POST_LOAD_OPTIONS)
        .order_by(Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [PostOut.model_validate(post) for post in result]


@router.post("", status_code=status.HTTP_201_CREATED, summary="Publish a post", responses=NEED_AUTH)
async def create_post(body: PostIn, session: Session, user: CurrentUser) -> PostOut:
    post = Post(title=body.title, content=body.content, author_id=user.id)
    session.add(post)
    await session.commit()
    return PostOut.model_validate(await _get_post(session, post.id))


@router.get("/{post_id}", summary="Get one post", responses=NOT_FOUND)
async def get_post(post_id: int, session: Session) -> PostOut:
    return PostOut.model_validate(await _get_post(session, post_id))


@router.put(
    "/{post_id}",
    summary="Edit a post (author only)",
    responses={**NOT_FOUND, **NEED_AUTH, **NOT_AUTHOR},
)
async def update_post(post_id: int, body: PostIn, session: Session, user: CurrentUser) -> PostOut:
    post = await _get_post(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may edit this post")
    post.title = body.title
    post.content = body.content
    await session.commit()
    return PostOut.model_validate(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND, **NEED_AUTH, **NOT_AUTHOR},
)
async def delete_post(post_id: int, session: Session, user: CurrentUser) -> Response:
    post = await _get_post(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may delete this post")
    await session.delete(post)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{post_id}/comments", summary="List a post's comments", responses=NOT_FOUND)
async def list_comments(
    post_id: int, session: Session, limit: Limit = _settings.page_size, offset: Offset = 0
) -> list[CommentOut]:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    result = await session.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .options(selectinload(Comment.author))
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    return [CommentOut.model_validate(c) for c in result]


@router.post(
    "/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**NOT_FOUND, **NEED_AUTH},
)
async def create_comment(post_id: int, body: CommentIn, session: Session, user: CurrentUser) -> CommentOut:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    comment = Comment(post_id=post_id, author_id=user.id, content=body.content)
    session.add(comment)
    await session.commit()
    comment = await session.scalar(
        select(Comment).where(Comment.id == comment.id).options(selectinload(Comment.author))
    )
    return CommentOut.model_validate(comment)
