from fastapi import APIRouter, HTTPException, Response, status

from blog.db import DB
from blog.deps import CurrentUser, Page
from blog.schemas import CommentCreate, CommentOut, CommentPage, ErrorOut
from blog.services import comments as comments_service
from blog.services import posts as posts_service

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "Post (or comment) not found"}}


async def _ensure_post(db: DB, post_id: int) -> None:
    if not await posts_service.exists(db, post_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get("", response_model=CommentPage, summary="List a post's comments", responses=NOT_FOUND)
async def list_comments(post_id: int, db: DB, page: Page) -> CommentPage:
    await _ensure_post(db, post_id)
    items, total = await comments_service.list_for_post(
        db, post_id, page["limit"], page["offset"]
    )
    return CommentPage(items=[CommentOut(**c) for c in items], total=total, **page)


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
async def create_comment(
    post_id: int, payload: CommentCreate, db: DB, user: CurrentUser
) -> CommentOut:
    await _ensure_post(db, post_id)
    comment = await comments_service.create_comment(db, post_id, user.id, payload.content)
    return CommentOut(**comment)


@router.delete(
    "/{comment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your own comment",
    responses={
        **UNAUTHORIZED,
        **NOT_FOUND,
        403: {"model": ErrorOut, "description": "Not the author of this comment"},
    },
)
async def delete_comment(post_id: int, comment_id: int, db: DB, user: CurrentUser) -> Response:
    comment = await comments_service.get_comment(db, comment_id)
    if comment is None or comment["post_id"] != post_id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Comment not found")
    if comment["author"]["id"] != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You can only delete your own comments")
    await comments_service.delete_comment(db, comment_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
