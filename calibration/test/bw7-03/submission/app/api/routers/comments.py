from fastapi import APIRouter, status

from app.api.deps import CommentServiceDep, CurrentUser, PaginationDep, PostId
from app.schemas.comments import CommentCreate, CommentRead
from app.schemas.common import Page, error_responses

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get(
    "",
    response_model=Page[CommentRead],
    summary="List a post's comments, oldest first",
    responses=error_responses(404),
)
async def list_comments(post_id: PostId, page: PaginationDep, comments: CommentServiceDep) -> Page[CommentRead]:
    return await comments.list_comments(post_id, limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=CommentRead,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses=error_responses(401, 404),
)
async def add_comment(
    post_id: PostId, data: CommentCreate, user: CurrentUser, comments: CommentServiceDep
) -> CommentRead:
    return await comments.add_comment(user, post_id, data)
