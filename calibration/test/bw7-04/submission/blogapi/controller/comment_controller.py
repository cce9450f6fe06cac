from typing import Annotated

from fastapi import APIRouter, Path, status

from blogapi.dependencies import CommentServiceDep, CurrentUser, PageRequestDep
from blogapi.dto.comment_dto import CommentResponseDto, CreateCommentRequestDto
from blogapi.dto.error_dto import ErrorResponseDto
from blogapi.dto.page_dto import PageResponseDto

router = APIRouter(prefix="/api/posts/{post_id}/comments", tags=["Comments"])

PostId = Annotated[int, Path(ge=1)]


@router.get(
    "",
    response_model=PageResponseDto[CommentResponseDto],
    summary="List comments of a post",
    responses={404: {"model": ErrorResponseDto, "description": "Post not found"}},
)
def get_comments(
    post_id: PostId, page_request: PageRequestDep, comment_service: CommentServiceDep
) -> PageResponseDto[CommentResponseDto]:
    return comment_service.get_comments_for_post(post_id, page_request)


@router.post(
    "",
    response_model=CommentResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Add a comment to a post",
    responses={
        401: {"model": ErrorResponseDto, "description": "Not authenticated"},
        404: {"model": ErrorResponseDto, "description": "Post not found"},
    },
)
def add_comment(
    post_id: PostId, request: CreateCommentRequestDto, current_user: CurrentUser, comment_service: CommentServiceDep
) -> CommentResponseDto:
    return comment_service.add_comment(post_id, request, current_user)
