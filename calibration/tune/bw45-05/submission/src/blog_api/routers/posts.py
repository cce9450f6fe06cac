from collections.abc import Sequence

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from blog_api.deps import CurrentUser, PageDep, PostId, SessionDep
from blog_api.models import Post, User
from blog_api.schemas import PostCreate, PostRead, PostUpdate, Problem

router = APIRouter(prefix="/posts", tags=["posts"])

_401 = {401: {"model": Problem, "description": "Missing or invalid token"}}
_403 = {403: {"model": Problem, "description": "Not the author of this post"}}
_404 = {404: {"model": Problem, "description": "Post not found"}}


async def _get_post(session: AsyncSession, post_id: int) -> Post:
    post = await session.get(Post, post_id, options=[joinedload(Post.author)])
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def _ensure_author(post: Post, user: User) -> None:
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may change this post")


@router.get("", response_model=list[PostRead], summary="List posts, newest first")
async def list_posts(session: SessionDep, page: PageDep) -> Sequence[Post]:
    stmt = (
        select(Post)
        .options(joinedload(Post.author))
        .order_by(Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    )
    return (await session.scalars(stmt)).all()


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostRead,
    summary="Publish a post",
    responses=_401,
)
async def create_post(body: PostCreate, user: CurrentUser, session: SessionDep) -> Post:
    post = Post(title=body.title, content=body.content, author=user)
    session.add(post)
    await session.commit()
    return post


@router.get("/{post_id}", response_model=PostRead, summary="Read a post", responses=_404)
async def read_post(post_id: PostId, session: SessionDep) -> Post:
    return await _get_post(session, post_id)


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit your post",
    responses={**_401, **_403, **_404},
)
async def update_post(
    post_id: PostId, body: PostUpdate, user: CurrentUser, session: SessionDep
) -> Post:
    post = await _get_post(session, post_id)
    _ensure_author(post, user)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    await session.commit()
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post and its comments",
    responses={**_401, **_403, **_404},
)
async def delete_post(post_id: PostId, user: CurrentUser, session: SessionDep) -> None:
    post = await _get_post(session, post_id)
    _ensure_author(post, user)
    # Comments go with it through ON DELETE CASCADE (passive_deletes on the relationship).
    await session.delete(post)
    await session.commit()
