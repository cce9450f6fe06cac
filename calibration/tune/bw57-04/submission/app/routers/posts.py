from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import delete, func
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.deps import CurrentUser, SessionDep
from app.models import (
    Comment,
    CommentCreate,
    CommentPage,
    CommentRead,
    Post,
    PostCreate,
    PostPage,
    PostRead,
    PostUpdate,
    Problem,
    User,
    utcnow,
)

router = APIRouter(prefix="/posts", tags=["posts"])

DEFAULT_LIMIT = 10
MAX_LIMIT = 50

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=100_000, description="Items to skip")]
PostId = Annotated[int, Path(ge=1, le=2**31 - 1)]

NOT_FOUND = {404: {"model": Problem, "description": "Post not found"}}
UNAUTHENTICATED = {401: {"model": Problem, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": Problem, "description": "You are not the author"}}


async def _load_post(session: AsyncSession, post_id: int) -> Post:
    post = await session.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


async def _post_read(session: AsyncSession, post: Post) -> PostRead:
    author = await session.get(User, post.author_id)
    return PostRead(**post.model_dump(), author=author.username if author else "[deleted]")


async def _comment_read(session: AsyncSession, comment: Comment) -> CommentRead:
    author = await session.get(User, comment.author_id)
    return CommentRead(**comment.model_dump(), author=author.username if author else "[deleted]")


@router.get("", response_model=PostPage, summary="List posts, newest first")
async def list_posts(
    session: SessionDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> PostPage:
    total = (await session.exec(select(func.count()).select_from(Post))).one()
    posts = (
        await session.exec(select(Post).order_by(Post.id.desc()).offset(offset).limit(limit))
    ).all()
    items = [await _post_read(session, post) for post in posts]
    return PostPage(items=items, total=total, limit=limit, offset=offset)


@router.post(
    "",
    response_model=PostRead,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHENTICATED,
)
async def create_post(payload: PostCreate, user: CurrentUser, session: SessionDep) -> PostRead:
    post = Post(author_id=user.id, **payload.model_dump())
    session.add(post)
    await session.commit()
    return PostRead(**post.model_dump(), author=user.username)


@router.get("/{post_id}", response_model=PostRead, summary="Read a post", responses=NOT_FOUND)
async def get_post(post_id: PostId, session: SessionDep) -> PostRead:
    return await _post_read(session, await _load_post(session, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit your post",
    responses={**NOT_FOUND, **UNAUTHENTICATED, **FORBIDDEN},
)
async def update_post(
    post_id: PostId, payload: PostUpdate, user: CurrentUser, session: SessionDep
) -> PostRead:
    post = await _load_post(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can edit this post")
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(post, field, value)
    if changes:
        post.updated_at = utcnow()
    session.add(post)
    await session.commit()
    return PostRead(**post.model_dump(), author=user.username)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post and its comments",
    responses={**NOT_FOUND, **UNAUTHENTICATED, **FORBIDDEN},
)
async def delete_post(post_id: PostId, user: CurrentUser, session: SessionDep) -> Response:
    post = await _load_post(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can delete this post")
    await session.execute(delete(Comment).where(Comment.post_id == post.id))
    await session.delete(post)
    await session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=CommentPage,
    summary="List a post's comments, oldest first",
    responses=NOT_FOUND,
)
async def list_comments(
    post_id: PostId, session: SessionDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0
) -> CommentPage:
    await _load_post(session, post_id)
    where = Comment.post_id == post_id
    total = (await session.exec(select(func.count()).select_from(Comment).where(where))).one()
    comments = (
        await session.exec(
            select(Comment).where(where).order_by(Comment.id).offset(offset).limit(limit)
        )
    ).all()
    items = [await _comment_read(session, c) for c in comments]
    return CommentPage(items=items, total=total, limit=limit, offset=offset)


@router.post(
    "/{post_id}/comments",
    response_model=CommentRead,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**NOT_FOUND, **UNAUTHENTICATED},
)
async def create_comment(
    post_id: PostId, payload: CommentCreate, user: CurrentUser, session: SessionDep
) -> CommentRead:
    await _load_post(session, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, content=payload.content)
    session.add(comment)
    await session.commit()
    return CommentRead(**comment.model_dump(), author=user.username)
