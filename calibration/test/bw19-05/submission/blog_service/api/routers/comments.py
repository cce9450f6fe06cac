from typing import Annotated

from fastapi import APIRouter, Depends, status

from blog_service.api.dependencies import CurrentUser, Pagination, get_comment_service
from blog_service.application.dto import CommentResponse, CreateCommentRequest, PageResponse
from blog_service.application.services import CommentService

router = APIRouter(prefix="/api/posts/{post_id}/comments", tags=["Comments"])

CommentServiceDep = Annotated[CommentService, Depends(get_comment_service)]


@router.get(
    "",
    response_model=PageResponse[CommentResponse],
    summary="List comments of a post",
    responses={404: {"description": "Post not found"}},
)
def list_comments(
    post_id: int, pagination: Pagination, service: CommentServiceDep
) -> PageResponse[CommentResponse]:
    return service.list_comments(post_id, pagination.limit, pagination.offset)


@router.post(
    "",
    response_model=CommentResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"description": "Not authenticated"}, 404: {"description": "Post not found"}},
)
def add_comment(
    post_id: int, request: CreateCommentRequest, user: CurrentUser, service: CommentServiceDep
) -> CommentResponse:
    return service.add_comment(post_id, user, request)
