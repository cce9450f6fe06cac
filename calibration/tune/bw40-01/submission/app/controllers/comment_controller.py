"""REST controller for comments (sub-resource of posts)."""
from fastapi import APIRouter, Depends, Path, Query, status

from app.config.constants import ApiConstants, PaginationConstants
from app.config.dependency_injection import get_comment_service, get_current_user
from app.domain.entities import UserEntity
from app.dto.base_dto import ErrorResponseDTO, PageResponseDTO
from app.dto.comment_dto import CommentCreateRequestDTO, CommentResponseDTO
from app.services.comment_service import CommentService

router = APIRouter(prefix=f"{ApiConstants.API_V1_PREFIX}/posts/{{post_id}}/comments", tags=["Comments"])


@router.get(
    "",
    response_model=PageResponseDTO[CommentResponseDTO],
    summary="List the comments of a post (paginated)",
    responses={404: {"model": ErrorResponseDTO, "description": "Post not found"}},
)
def get_comments_for_post(
    post_id: int = Path(..., ge=1),
    limit: int = Query(
        PaginationConstants.DEFAULT_PAGE_SIZE, ge=1, le=PaginationConstants.MAX_PAGE_SIZE
    ),
    offset: int = Query(PaginationConstants.DEFAULT_OFFSET, ge=0),
    comment_service: CommentService = Depends(get_comment_service),
) -> PageResponseDTO[CommentResponseDTO]:
    return comment_service.get_comments_for_post(post_id, limit=limit, offset=offset)


@router.post(
    "",
    response_model=CommentResponseDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={
        401: {"model": ErrorResponseDTO, "description": "Missing or invalid token"},
        404: {"model": ErrorResponseDTO, "description": "Post not found"},
    },
)
def add_comment(
    request_dto: CommentCreateRequestDTO,
    post_id: int = Path(..., ge=1),
    current_user: UserEntity = Depends(get_current_user),
    comment_service: CommentService = Depends(get_comment_service),
) -> CommentResponseDTO:
    return comment_service.add_comment(post_id, request_dto, current_user)
