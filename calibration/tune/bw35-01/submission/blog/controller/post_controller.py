from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from blog.config.beans import CommentServiceDep, CurrentUser, PostServiceDep
from blog.controller.responses import FORBIDDEN, NOT_FOUND, UNAUTHORIZED
from blog.dto.post import (
    CommentCreateRequest,
    CommentResponse,
    PageResponse,
    PostCreateRequest,
    PostResponse,
    PostUpdateRequest,
)

router = APIRouter(prefix="/api/v1/posts", tags=["posts"])

LONG_MAX = 9_223_372_036_854_775_807  # ids are BIGINT / Long

Limit = Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")]
Offset = Annotated[int, Query(ge=0, le=LONG_MAX, description="Number of items to skip")]
PostId = Annotated[int, Path(ge=1, le=LONG_MAX)]


@router.get("", response_model=PageResponse[PostResponse], summary="List posts (newest first)")
def get_posts(post_service: PostServiceDep, limit: Limit = 20, offset: Offset = 0) -> PageResponse[PostResponse]:
    return post_service.get_posts(limit=limit, offset=offset)


@router.get("/{post_id}", response_model=PostResponse, summary="Get a post", responses=NOT_FOUND)
def get_post(post_id: PostId, post_service: PostServiceDep) -> PostResponse:
    return post_service.get_post(post_id)


@router.post(
    "",
    response_model=PostResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
def create_post(request: PostCreateRequest, user: CurrentUser, post_service: PostServiceDep) -> PostResponse:
    return post_service.create_post(request, user)


@router.put(
    "/{post_id}",
    response_model=PostResponse,
    summary="Update a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def update_post(
    post_id: PostId, request: PostUpdateRequest, user: CurrentUser, post_service: PostServiceDep
) -> PostResponse:
    return post_service.update_post(post_id, request, user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def delete_post(post_id: PostId, user: CurrentUser, post_service: PostServiceDep) -> Response:
    post_service.delete_post(post_id, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=PageResponse[CommentResponse],
    summary="List comments of a post",
    responses=NOT_FOUND,
)
def get_comments(
    post_id: PostId, comment_service: CommentServiceDep, limit: Limit = 20, offset: Offset = 0
) -> PageResponse[CommentResponse]:
    return comment_service.get_comments(post_id, limit=limit, offset=offset)


@router.post(
    "/{post_id}/comments",
    response_model=CommentResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def add_comment(
    post_id: PostId, request: CommentCreateRequest, user: CurrentUser, comment_service: CommentServiceDep
) -> CommentResponse:
    return comment_service.add_comment(post_id, request, user)
