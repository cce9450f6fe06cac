from __future__ import annotations

from fastapi import APIRouter, Response, status

from ...domain.schemas import ErrorOut, PostCreate, PostOut, PostUpdate
from ..deps import CurrentUser, PageDep, PostServiceDep

router = APIRouter(prefix="/posts", tags=["posts"])

_401 = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
_403 = {403: {"model": ErrorOut, "description": "Not the author of this post"}}
_404 = {404: {"model": ErrorOut, "description": "Post not found"}}


@router.get("", response_model=list[PostOut], summary="List posts, newest first (public)")
def list_posts(page: PageDep, posts: PostServiceDep) -> list[PostOut]:
    return [PostOut.model_validate(p) for p in posts.list(page.limit, page.offset)]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    summary="Publish a post",
    responses=_401,
)
def create_post(body: PostCreate, user: CurrentUser, posts: PostServiceDep) -> PostOut:
    return PostOut.model_validate(posts.create(user, body))


@router.get("/{post_id}", response_model=PostOut, summary="Read a post (public)", responses=_404)
def get_post(post_id: int, posts: PostServiceDep) -> PostOut:
    return PostOut.model_validate(posts.get(post_id))


@router.put(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**_401, **_403, **_404},
)
def update_post(
    post_id: int, body: PostUpdate, user: CurrentUser, posts: PostServiceDep
) -> PostOut:
    return PostOut.model_validate(posts.update(user, post_id, body))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={**_401, **_403, **_404},
)
def delete_post(post_id: int, user: CurrentUser, posts: PostServiceDep) -> Response:
    posts.delete(user, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
