from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from blog_service.api.dependencies import CurrentUser, Pagination, get_post_service
from blog_service.application.dto import (
    CreatePostRequest,
    PageResponse,
    PostResponse,
    UpdatePostRequest,
)
from blog_service.application.services import PostService

router = APIRouter(prefix="/api/posts", tags=["Posts"])

PostServiceDep = Annotated[PostService, Depends(get_post_service)]


@router.get("", response_model=PageResponse[PostResponse], summary="List posts")
def list_posts(pagination: Pagination, service: PostServiceDep) -> PageResponse[PostResponse]:
    return service.list_posts(pagination.limit, pagination.offset)


@router.get(
    "/{post_id}",
    response_model=PostResponse,
    summary="Get a post",
    responses={404: {"description": "Post not found"}},
)
def get_post(post_id: int, service: PostServiceDep) -> PostResponse:
    return service.get_post(post_id)


@router.post(
    "",
    response_model=PostResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Create a post",
    responses={401: {"description": "Not authenticated"}},
)
def create_post(
    request: CreatePostRequest, user: CurrentUser, service: PostServiceDep
) -> PostResponse:
    return service.create_post(user, request)


@router.patch(
    "/{post_id}",
    response_model=PostResponse,
    summary="Update a post (author only)",
    responses={401: {}, 403: {"description": "Not the author"}, 404: {}},
)
def update_post(
    post_id: int, request: UpdatePostRequest, user: CurrentUser, service: PostServiceDep
) -> PostResponse:
    return service.update_post(post_id, user, request)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={401: {}, 403: {"description": "Not the author"}, 404: {}},
)
def delete_post(post_id: int, user: CurrentUser, service: PostServiceDep) -> None:
    service.delete_post(post_id, user)
