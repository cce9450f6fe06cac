from fastapi import APIRouter, status

from blog_api.deps import CurrentUser, ServiceDep
from blog_api.routers.posts import R401, R404, Limit, Offset
from blog_api.schemas import CommentIn, CommentOut, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get(
    "",
    response_model=Page[CommentOut],
    summary="List a post's comments, oldest first",
    responses=R404,
)
async def list_comments(
    post_id: int, service: ServiceDep, limit: Limit = 50, offset: Offset = 0
) -> Page[CommentOut]:
    return await service.list_comments(post_id, limit, offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    summary="Comment on a post",
    responses=R401 | R404,
)
async def add_comment(
    post_id: int, body: CommentIn, user: CurrentUser, service: ServiceDep
) -> CommentOut:
    return await service.add_comment(post_id, body, user)
