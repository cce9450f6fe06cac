from typing import Annotated

from fastapi import APIRouter, Path, status

from app.config.beans import CommentServiceDep, CurrentUser
from app.controller.pagination import MAX_OFFSET, PageRequest
from app.dto.base_dto import ErrorResponseDTO, PageResponseDTO
from app.dto.comment_dto import CommentCreateRequestDTO, CommentResponseDTO

router = APIRouter(prefix="/api/v1/posts/{post_id}/comments", tags=["Comments"])

PostId = Annotated[int, Path(ge=1, le=MAX_OFFSET, description="Post identifier")]


@router.get(
    "",
    response_model=PageResponseDTO[CommentResponseDTO],
    summary="List the comments of a post (public)",
    responses={404: {"model": ErrorResponseDTO, "description": "Post not found"}},
)
def list_comments(post_id: PostId, page: PageRequest, service: CommentServiceDep) -> PageResponseDTO[CommentResponseDTO]:
    return service.find_by_post(post_id, page)


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
def create_comment(
    post_id: PostId, request: CommentCreateRequestDTO, user: CurrentUser, service: CommentServiceDep
) -> CommentResponseDTO:
    return service.create(post_id, request, user.id)
