from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.config.beans import CommentServiceDep, CurrentUser, PostServiceDep
from app.dto.comment_dto import CommentRequestDto, CommentResponseDto
from app.dto.error_dto import ErrorResponseDto
from app.dto.page_dto import PageDto
from app.dto.post_dto import PostRequestDto, PostResponseDto

router = APIRouter(prefix="/posts", tags=["posts"])

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")]
Offset = Annotated[int, Query(ge=0, description="Number of records to skip")]

NOT_FOUND = {404: {"model": ErrorResponseDto, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorResponseDto, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorResponseDto, "description": "Not the author of the post"}}


@router.get("", response_model=PageDto[PostResponseDto], summary="List posts (public)")
def list_posts(
    post_service: PostServiceDep,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> PageDto[PostResponseDto]:
    return post_service.find_all(limit, offset)


@router.post(
    "",
    response_model=PostResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
def create_post(
    request: PostRequestDto, post_service: PostServiceDep, user: CurrentUser
) -> PostResponseDto:
    return post_service.create(request, user)


@router.get(
    "/{post_id}",
    response_model=PostResponseDto,
    summary="Get one post (public)",
    responses=NOT_FOUND,
)
def get_post(post_id: int, post_service: PostServiceDep) -> PostResponseDto:
    return post_service.find_by_id(post_id)


@router.put(
    "/{post_id}",
    response_model=PostResponseDto,
    summary="Replace a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def update_post(
    post_id: int, request: PostRequestDto, post_service: PostServiceDep, user: CurrentUser
) -> PostResponseDto:
    return post_service.update(post_id, request, user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def delete_post(post_id: int, post_service: PostServiceDep, user: CurrentUser) -> Response:
    post_service.delete(post_id, user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=PageDto[CommentResponseDto],
    summary="List the comments of a post (public)",
    responses=NOT_FOUND,
)
def list_comments(
    post_id: int,
    comment_service: CommentServiceDep,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> PageDto[CommentResponseDto]:
    return comment_service.find_by_post(post_id, limit, offset)


@router.post(
    "/{post_id}/comments",
    response_model=CommentResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def add_comment(
    post_id: int,
    request: CommentRequestDto,
    comment_service: CommentServiceDep,
    user: CurrentUser,
) -> CommentResponseDto:
    return comment_service.add(post_id, request, user)
