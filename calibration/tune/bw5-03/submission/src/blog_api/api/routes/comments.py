from __future__ import annotations

from fastapi import APIRouter, status

from ...domain.schemas import CommentCreate, CommentOut, ErrorOut
from ..deps import CommentServiceDep, CurrentUser, PageDep

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

_404 = {404: {"model": ErrorOut, "description": "Post not found"}}


@router.get(
    "", response_model=list[CommentOut], summary="List a post's comments (public)", responses=_404
)
def list_comments(post_id: int, page: PageDep, comments: CommentServiceDep) -> list[CommentOut]:
    return [
        CommentOut.model_validate(c) for c in comments.list(post_id, page.limit, page.offset)
    ]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    summary="Comment on a post",
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}, **_404},
)
def create_comment(
    post_id: int, body: CommentCreate, user: CurrentUser, comments: CommentServiceDep
) -> CommentOut:
    return CommentOut.model_validate(comments.create(user, post_id, body))
