from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, status

from blog.accounts.dependencies import CurrentUser
from blog.core.db import SessionDep
from blog.core.pagination import Page, Pagination
from blog.posts.managers import CommentManager, PostManager
from blog.posts.models import Post
from blog.posts.schemas import CommentCreate, CommentRead, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

PostId = Annotated[int, Path(ge=1, le=2_147_483_647, description="Post id")]

R = dict[int | str, dict[str, Any]]
UNAUTHORIZED: R = {401: {"description": "Missing or invalid token"}}
NOT_FOUND: R = {404: {"description": "Post not found"}}
FORBIDDEN: R = {403: {"description": "Only the author may do this"}}


async def _get_post_or_404(manager: PostManager, post_id: int) -> Post:
    post = await manager.get(post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


async def _read_post(manager: PostManager, post_id: int) -> PostRead:
    row = await manager.get_with_count(post_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return PostRead.from_row(*row)


def _check_author(post: Post, user_id: int) -> None:
    if post.author_id != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may change this post")


# --- posts ----------------------------------------------------------------------------------


@router.get("", summary="List posts, newest first")
async def list_posts(session: SessionDep, page: Pagination) -> Page[PostRead]:
    manager = PostManager(session)
    rows = await manager.page(limit=page.limit, offset=page.offset)
    return Page[PostRead](
        count=await manager.count(),
        limit=page.limit,
        offset=page.offset,
        results=[PostRead.from_row(post, count) for post, count in rows],
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
async def create_post(payload: PostCreate, user: CurrentUser, session: SessionDep) -> PostRead:
    manager = PostManager(session)
    post = await manager.create(user, payload)
    return await _read_post(manager, post.id)


@router.get("/{post_id}", summary="Read a post", responses=NOT_FOUND)
async def read_post(post_id: PostId, session: SessionDep) -> PostRead:
    return await _read_post(PostManager(session), post_id)


@router.patch(
    "/{post_id}",
    summary="Edit your own post",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def update_post(
    post_id: PostId, payload: PostUpdate, user: CurrentUser, session: SessionDep
) -> PostRead:
    manager = PostManager(session)
    post = await _get_post_or_404(manager, post_id)
    _check_author(post, user.id)
    await manager.update(post, payload)
    return await _read_post(manager, post_id)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your own post (and its comments)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def delete_post(post_id: PostId, user: CurrentUser, session: SessionDep) -> None:
    manager = PostManager(session)
    post = await _get_post_or_404(manager, post_id)
    _check_author(post, user.id)
    await manager.delete(post)


# --- comments -------------------------------------------------------------------------------


@router.get("/{post_id}/comments", summary="List a post's comments, oldest first", responses=NOT_FOUND)
async def list_comments(post_id: PostId, session: SessionDep, page: Pagination) -> Page[CommentRead]:
    await _get_post_or_404(PostManager(session), post_id)
    manager = CommentManager(session)
    comments = await manager.page_for(post_id, limit=page.limit, offset=page.offset)
    return Page[CommentRead](
        count=await manager.count_for(post_id),
        limit=page.limit,
        offset=page.offset,
        results=[CommentRead.model_validate(c) for c in comments],
    )


@router.post(
    "/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
async def create_comment(
    post_id: PostId, payload: CommentCreate, user: CurrentUser, session: SessionDep
) -> CommentRead:
    await _get_post_or_404(PostManager(session), post_id)
    comment = await CommentManager(session).create(post_id, user, payload)
    return CommentRead.model_validate(comment)
