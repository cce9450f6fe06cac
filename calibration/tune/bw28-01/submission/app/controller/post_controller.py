from typing import Annotated

from fastapi import APIRouter, Path, Response, status

from app.config.beans import CurrentUser, PostServiceDep
from app.controller.pagination import MAX_OFFSET, PageRequest
from app.dto.base_dto import ErrorResponseDTO, PageResponseDTO
from app.dto.post_dto import (
    PostCreateRequestDTO,
    PostDetailResponseDTO,
    PostResponseDTO,
    PostUpdateRequestDTO,
)

router = APIRouter(prefix="/api/v1/posts", tags=["Posts"])

PostId = Annotated[int, Path(ge=1, le=MAX_OFFSET, description="Post identifier")]

NOT_FOUND = {404: {"model": ErrorResponseDTO, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorResponseDTO, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorResponseDTO, "description": "Not the author of the post"}}


@router.get("", response_model=PageResponseDTO[PostResponseDTO], summary="List posts (public)")
def list_posts(page: PageRequest, service: PostServiceDep) -> PageResponseDTO[PostResponseDTO]:
    return service.find_all(page)


@router.get(
    "/{post_id}",
    response_model=PostDetailResponseDTO,
    summary="Get a post with its comments (public)",
    responses=NOT_FOUND,
)
def get_post(post_id: PostId, service: PostServiceDep) -> PostDetailResponseDTO:
    return service.find_by_id(post_id)


@router.post(
    "",
    response_model=PostResponseDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a new post",
    responses=UNAUTHORIZED,
)
def create_post(request: PostCreateRequestDTO, user: CurrentUser, service: PostServiceDep) -> PostResponseDTO:
    return service.create(request, user.id)


@router.put(
    "/{post_id}",
    response_model=PostResponseDTO,
    summary="Update a post (author only)",
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
)
def update_post(
    post_id: PostId, request: PostUpdateRequestDTO, user: CurrentUser, service: PostServiceDep
) -> PostResponseDTO:
    return service.update(post_id, request, user.id)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
)
def delete_post(post_id: PostId, user: CurrentUser, service: PostServiceDep) -> Response:
    service.delete(post_id, user.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
