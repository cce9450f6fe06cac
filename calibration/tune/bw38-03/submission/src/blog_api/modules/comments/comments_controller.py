from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from blog_api.common.decorators.current_user import CurrentUser
from blog_api.common.dto.pagination import PaginatedResponseDto, PaginationQueryDto
from blog_api.modules.comments.comment_entity import Comment
from blog_api.modules.comments.comments_service import CommentsService, get_comments_service
from blog_api.modules.comments.dto.comment_dto import CommentResponseDto, CreateCommentDto

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

Service = Annotated[CommentsService, Depends(get_comments_service)]


@router.get(
    "",
    response_model=PaginatedResponseDto[CommentResponseDto],
    summary="List a post's comments, oldest first (public)",
    responses={404: {"description": "Post not found"}},
)
async def find_all(
    post_id: int,
    pagination: Annotated[PaginationQueryDto, Query()],
    comments_service: Service,
) -> PaginatedResponseDto[CommentResponseDto]:
    comments, total = await comments_service.find_by_post(
        post_id, pagination.limit, pagination.offset
    )
    return PaginatedResponseDto[CommentResponseDto](
        items=[CommentResponseDto.model_validate(comment) for comment in comments],
        total=total,
        limit=pagination.limit,
        offset=pagination.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentResponseDto,
    summary="Comment on a post",
    responses={401: {"description": "Missing or invalid token"}, 404: {"description": "Post not found"}},
)
async def create(
    post_id: int, dto: CreateCommentDto, user: CurrentUser, comments_service: Service
) -> Comment:
    return await comments_service.create(post_id, dto, user)
