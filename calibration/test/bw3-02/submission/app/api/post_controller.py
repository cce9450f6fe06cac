from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from app.api.deps import CurrentUser, Page, get_post_service
from app.dto.common import ErrorDTO, PageDTO
from app.dto.post_dto import PostCreateDTO, PostDTO, PostUpdateDTO
from app.services.post_service import PostService

router = APIRouter(prefix="/posts", tags=["posts"])

PostServiceDep = Annotated[PostService, Depends(get_post_service)]

_NOT_FOUND = {404: {"model": ErrorDTO, "description": "Post not found"}}
_UNAUTHORIZED = {401: {"model": ErrorDTO, "description": "Missing or invalid token"}}
_FORBIDDEN = {403: {"model": ErrorDTO, "description": "Caller is not the author"}}


@router.get("", response_model=PageDTO[PostDTO], summary="List posts, newest first")
def list_posts(page: Page, posts: PostServiceDep) -> PageDTO[PostDTO]:
    return posts.list_posts(limit=page.limit, offset=page.offset)


@router.get("/{post_id}", response_model=PostDTO, summary="Read one post", responses=_NOT_FOUND)
def get_post(post_id: int, posts: PostServiceDep) -> PostDTO:
    return posts.get_post(post_id)


@router.post(
    "",
    response_model=PostDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=_UNAUTHORIZED,
)
def create_post(request: PostCreateDTO, user: CurrentUser, posts: PostServiceDep) -> PostDTO:
    return posts.create_post(request, author=user)


@router.put(
    "/{post_id}",
    response_model=PostDTO,
    summary="Replace a post's title and content (author only)",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
def update_post(
    post_id: int, request: PostUpdateDTO, user: CurrentUser, posts: PostServiceDep
) -> PostDTO:
    return posts.update_post(post_id, request, caller=user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post and its comments (author only)",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
def delete_post(post_id: int, user: CurrentUser, posts: PostServiceDep) -> None:
    posts.delete_post(post_id, caller=user)
