from typing import Annotated

from fastapi import APIRouter, Depends, Path, status

from blog_api.contracts.dtos import CommentDto, CreateCommentRequest, PagedResponse, PagingQuery
from blog_api.controllers.base import PROBLEM_RESPONSES, ControllerBase
from blog_api.controllers.composition_root import CurrentUser, get_comment_service
from blog_api.services.comment_service import CommentService

CommentServiceDep = Annotated[CommentService, Depends(get_comment_service)]
PostId = Annotated[int, Path(ge=1)]


class CommentsController(ControllerBase):
    def __init__(self) -> None:
        self.router = APIRouter(
            prefix="/api/posts/{post_id}/comments", tags=["Comments"], responses=PROBLEM_RESPONSES
        )
        self.router.add_api_route(
            "",
            self.get_for_post,
            methods=["GET"],
            response_model=PagedResponse[CommentDto],
            summary="List a post's comments, oldest first",
        )
        self.router.add_api_route(
            "",
            self.create,
            methods=["POST"],
            status_code=status.HTTP_201_CREATED,
            response_model=CommentDto,
            summary="Comment on a post",
        )

    def get_for_post(
        self,
        post_id: PostId,
        paging: Annotated[PagingQuery, Depends()],
        service: CommentServiceDep,
    ) -> PagedResponse[CommentDto]:
        return self.unwrap(service.get_for_post(post_id, paging.limit, paging.offset))

    def create(
        self,
        post_id: PostId,
        request: CreateCommentRequest,
        user: CurrentUser,
        service: CommentServiceDep,
    ) -> CommentDto:
        return self.unwrap(service.add(post_id, request, user))
