from typing import Annotated

from fastapi import APIRouter, Depends, Path, status
from sqlalchemy.orm import Session

from app.controller.pagination import PageRequest, page_request
from app.database import get_session
from app.dto.request import CreateCommentRequestDto
from app.dto.response import CommentResponseDto, ErrorResponseDto, PageResponseDto
from app.entity import UserEntity
from app.security.dependencies import get_current_user
from app.service.comment_service import CommentService

router = APIRouter(prefix="/api/posts/{post_id}/comments", tags=["Comments"])

NOT_FOUND = {404: {"model": ErrorResponseDto, "description": "Post not found"}}


def get_comment_service(session: Annotated[Session, Depends(get_session)]) -> CommentService:
    return CommentService(session)


@router.get(
    "",
    response_model=PageResponseDto[CommentResponseDto],
    summary="List the comments of a post",
    responses=NOT_FOUND,
)
def get_comments(
    post_id: Annotated[int, Path(ge=1)],
    service: Annotated[CommentService, Depends(get_comment_service)],
    page: Annotated[PageRequest, Depends(page_request)],
):
    return service.get_comments(post_id, page.limit, page.offset)


@router.post(
    "",
    response_model=CommentResponseDto,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**NOT_FOUND, 401: {"model": ErrorResponseDto, "description": "Missing or invalid token"}},
)
def add_comment(
    post_id: Annotated[int, Path(ge=1)],
    request: CreateCommentRequestDto,
    service: Annotated[CommentService, Depends(get_comment_service)],
    user: Annotated[UserEntity, Depends(get_current_user)],
) -> CommentResponseDto:
    return service.add_comment(post_id, request, user)
