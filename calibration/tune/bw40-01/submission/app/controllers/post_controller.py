"""REST controller for posts."""
from fastapi import APIRouter, Depends, Path, Query, status

from app.config.constants import ApiConstants, PaginationConstants
from app.config.dependency_injection import get_current_user, get_post_service
from app.domain.entities import UserEntity
from app.dto.base_dto import ErrorResponseDTO, PageResponseDTO
from app.dto.post_dto import PostCreateRequestDTO, PostResponseDTO, PostUpdateRequestDTO
from app.services.post_service import PostService

router = APIRouter(prefix=f"{ApiConstants.API_V1_PREFIX}/posts", tags=["Posts"])

NOT_FOUND_RESPONSE = {404: {"model": ErrorResponseDTO, "description": "Post not found"}}
UNAUTHORIZED_RESPONSE = {401: {"model": ErrorResponseDTO, "description": "Missing or invalid token"}}
FORBIDDEN_RESPONSE = {403: {"model": ErrorResponseDTO, "description": "Not the author of the post"}}


@router.get(
    "",
    response_model=PageResponseDTO[PostResponseDTO],
    summary="List all posts (paginated)",
)
def get_all_posts(
    limit: int = Query(
        PaginationConstants.DEFAULT_PAGE_SIZE, ge=1, le=PaginationConstants.MAX_PAGE_SIZE
    ),
    offset: int = Query(PaginationConstants.DEFAULT_OFFSET, ge=0),
    post_service: PostService = Depends(get_post_service),
) -> PageResponseDTO[PostResponseDTO]:
    return post_service.get_all_posts(limit=limit, offset=offset)


@router.get(
    "/{post_id}",
    response_model=PostResponseDTO,
    summary="Get a single post",
    responses={**NOT_FOUND_RESPONSE},
)
def get_post_by_id(
    post_id: int = Path(..., ge=1),
    post_service: PostService = Depends(get_post_service),
) -> PostResponseDTO:
    return post_service.get_post_by_id(post_id)


@router.post(
    "",
    response_model=PostResponseDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a new post",
    responses={**UNAUTHORIZED_RESPONSE},
)
def create_post(
    request_dto: PostCreateRequestDTO,
    current_user: UserEntity = Depends(get_current_user),
    post_service: PostService = Depends(get_post_service),
) -> PostResponseDTO:
    return post_service.create_post(request_dto, current_user)


@router.patch(
    "/{post_id}",
    response_model=PostResponseDTO,
    summary="Update a post (author only)",
    responses={**NOT_FOUND_RESPONSE, **UNAUTHORIZED_RESPONSE, **FORBIDDEN_RESPONSE},
)
def update_post(
    request_dto: PostUpdateRequestDTO,
    post_id: int = Path(..., ge=1),
    current_user: UserEntity = Depends(get_current_user),
    post_service: PostService = Depends(get_post_service),
) -> PostResponseDTO:
    return post_service.update_post(post_id, request_dto, current_user)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_model=None,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND_RESPONSE, **UNAUTHORIZED_RESPONSE, **FORBIDDEN_RESPONSE},
)
def delete_post(
    post_id: int = Path(..., ge=1),
    current_user: UserEntity = Depends(get_current_user),
    post_service: PostService = Depends(get_post_service),
) -> None:
    post_service.delete_post(post_id, current_user)
