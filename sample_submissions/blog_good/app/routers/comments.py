"""Comments under a post: anyone reads, logged-in users write."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from app.models import CommentCreate, CommentOut, CommentPage, ErrorOut
from app.routers.posts import MAX_PAGE_SIZE, NOT_FOUND, Store, find_post
from app.security import CurrentUser
from app.store import Comment

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


def to_out(comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        author=comment.author,
        body=comment.body,
        created_at=comment.created_at,
    )


@router.get("", response_model=CommentPage, responses=NOT_FOUND, summary="List a post's comments")
async def list_comments(
    post_id: int,
    store: Store,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> CommentPage:
    find_post(store, post_id)
    comments, total = store.page_comments(post_id, limit, offset)
    return CommentPage(
        items=[to_out(c) for c in comments], total=total, limit=limit, offset=offset
    )


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        **NOT_FOUND,
        status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Not logged in"},
    },
    summary="Comment on a post",
)
async def create_comment(
    post_id: int, body: CommentCreate, user: CurrentUser, store: Store
) -> CommentOut:
    find_post(store, post_id)
    return to_out(store.add_comment(post_id, user, body.body))
