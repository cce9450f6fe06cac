from typing import Any

from fastapi import APIRouter, HTTPException, status

from ..deps import CommentsDep, CurrentUser, PageDep, PostId, PostsDep
from ..repositories import PostRepository
from ..schemas import CommentCreate, CommentRead, ErrorResponse, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

Responses = dict[int | str, dict[str, Any]]

_401: Responses = {401: {"model": ErrorResponse, "description": "Missing or invalid token"}}
_404: Responses = {404: {"model": ErrorResponse, "description": "No such post"}}


async def _require_post(posts: PostRepository, post_id: int) -> None:
    if not await posts.exists(post_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")


@router.get("", summary="List a post's comments, oldest first", responses=_404)
async def list_comments(
    post_id: PostId, posts: PostsDep, comments: CommentsDep, page: PageDep
) -> Page[CommentRead]:
    await _require_post(posts, post_id)
    items, total = await comments.page_for_post(post_id, page.limit, page.offset)
    return Page[CommentRead](
        items=[CommentRead.model_validate(c) for c in items],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses=_401 | _404,
)
async def create_comment(
    post_id: PostId, body: CommentCreate, posts: PostsDep, comments: CommentsDep, user: CurrentUser
) -> CommentRead:
    await _require_post(posts, post_id)
    comment = await comments.add(post_id, user, body.content)
    return CommentRead.model_validate(comment)
