import logging

from fastapi import APIRouter, HTTPException, status

from ..models import CommentCreate, CommentOut, Page
from .deps import R401, R404, CurrentUser, PageDep, PostId, RepoDep

log = logging.getLogger(__name__)
router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get("", summary="List a post's comments, oldest first (public)", responses=R404)
async def list_comments(post_id: PostId, repo: RepoDep, page: PageDep) -> Page[CommentOut]:
    if await repo.get_post(post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    records, total = await repo.list_comments(post_id, page.limit, page.offset)
    return Page[CommentOut](
        items=[CommentOut.from_record(r) for r in records],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**R401, **R404},
)
async def create_comment(
    post_id: PostId, body: CommentCreate, user: CurrentUser, repo: RepoDep
) -> CommentOut:
    comment = await repo.create_comment(post_id, user.id, body.body)
    if comment is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    log.info("comment created", extra={"comment_id": comment.id, "post_id": post_id})
    return CommentOut.from_record(comment)
