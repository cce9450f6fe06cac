from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from blogapi.dependencies import CurrentUser, PageRequestDep, PostServiceDep
from blogapi.dto.error_dto import ErrorResponseDto
from blogapi.dto.page_dto import PageResponseDto
from blogapi.dto.post_dto import CreatePostRequestDto, PostResponseDto, UpdatePostRequestDto

router = APIRouter(prefix="/api/posts", tags=["Posts"])

PostId = Annotated[int, Path(ge=1)]

UNAUTHORIZED = {401: {"model": ErrorResponseDto, "description": "Not authenticated"}}
FORBIDDEN = {403: {"model": ErrorResponseDto, "description": "Not the author of the post"}}
NOT_FOUND = {404: {"model": ErrorResponseDto, "description": "Post not found"}}


@router.get("", response_model=PageResponseDto[PostResponseDto], summary="List posts (newest first)")
def get_all_posts(page_request: PageRequestDep, post_service: PostServiceDep) -> PageResponseDto[PostResponseDto]:
    return post_service.get_all_posts(page_request)


@router.get("/{post_id}", response_model=PostResponseDto, summary="Get a post by id", responses=NOT_FOUND)
def get_post(post_id: PostId, post_service: PostServiceDep) -> PostResponseDto:
    return post_service.get_post_by_id(post_id)


@router.post(
    "",
    response_model=PostResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Create a post",
    responses=UNAUTHORIZED,
)
def create_post(
    request: CreatePostRequestDto, current_user: CurrentUser, post_service: PostServiceDep
) -> PostResponseDto:
    return post_service.create_post(request, current_user)


@router.put(
    "/{post_id}",
    response_model=PostResponseDto,
    summary="Update a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def update_post(
    post_id: PostId, request: UpdatePostRequestDto, current_user: CurrentUser, post_service: PostServiceDep
) -> PostResponseDto:
    return post_service.update_post(post_id, request, current_user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def delete_post(post_id: PostId, current_user: CurrentUser, post_service: PostServiceDep) -> Response:
    post_service.delete_post(post_id, current_user)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
