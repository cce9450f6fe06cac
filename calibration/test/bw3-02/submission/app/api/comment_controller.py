from typing import Annotated

from fastapi import APIRouter, Depends, status

from app.api.deps import CurrentUser, Page, get_comment_service
from app.dto.comment_dto import CommentCreateDTO, CommentDTO
from app.dto.common import ErrorDTO, PageDTO
from app.services.comment_service import CommentService

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

CommentServiceDep = Annotated[CommentService, Depends(get_comment_service)]


@router.get(
    "",
    response_model=PageDTO[CommentDTO],
    summary="List a post's comments, oldest first",
    responses={404: {"model": ErrorDTO, "description": "Post not found"}},
)
def list_comments(post_id: int, page: Page, comments: CommentServiceDep) -> PageDTO[CommentDTO]:
    return comments.list_comments(post_id, limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=CommentDTO,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={
        401: {"model": ErrorDTO, "description": "Missing or invalid token"},
        404: {"model": ErrorDTO, "description": "Post not found"},
    },
)
def add_comment(
    post_id: int, request: CommentCreateDTO, user: CurrentUser, comments: CommentServiceDep
) -> CommentDTO:
    return comments.add_comment(post_id, request, author=user)
