from typing import Any

from fastapi import APIRouter, HTTPException, Response, status

from ..deps import CurrentUser, PageDep, PostId, PostsDep
from ..models import Post, User
from ..repositories import PostRepository
from ..schemas import ErrorResponse, Page, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

Responses = dict[int | str, dict[str, Any]]

_401: Responses = {401: {"model": ErrorResponse, "description": "Missing or invalid token"}}
_403: Responses = {403: {"model": ErrorResponse, "description": "Not the author of this post"}}
_404: Responses = {404: {"model": ErrorResponse, "description": "No such post"}}


async def _get_or_404(posts: PostRepository, post_id: int) -> Post:
    post = await posts.get(post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


async def _authored_by(posts: PostRepository, post_id: int, user: User) -> Post:
    post = await _get_or_404(posts, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Only the author may do that")
    return post


@router.get("", summary="List posts, newest first")
async def list_posts(posts: PostsDep, page: PageDep) -> Page[PostRead]:
    items, total = await posts.page(page.limit, page.offset)
    return Page[PostRead](
        items=[PostRead.model_validate(p) for p in items],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=_401,
)
async def create_post(body: PostCreate, posts: PostsDep, user: CurrentUser) -> PostRead:
    post = await posts.add(user, body.title, body.content)
    return PostRead.model_validate(post)


@router.get("/{post_id}", summary="Read one post", responses=_404)
async def read_post(post_id: PostId, posts: PostsDep) -> PostRead:
    return PostRead.model_validate(await _get_or_404(posts, post_id))


@router.patch(
    "/{post_id}",
    summary="Edit a post (author only)",
    responses=_401 | _403 | _404,
)
async def update_post(
    post_id: PostId, body: PostUpdate, posts: PostsDep, user: CurrentUser
) -> PostRead:
    post = await _authored_by(posts, post_id, user)
    changes = body.model_dump(exclude_unset=True)
    return PostRead.model_validate(await posts.update(post, changes))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post and its comments (author only)",
    responses=_401 | _403 | _404,
)
async def delete_post(post_id: PostId, posts: PostsDep, user: CurrentUser) -> Response:
    post = await _authored_by(posts, post_id, user)
    await posts.delete(post)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
