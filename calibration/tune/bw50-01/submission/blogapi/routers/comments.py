from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from blogapi.deps import CurrentUser, SessionDep
from blogapi.models import Comment
from blogapi.routers.posts import (
    DEFAULT_PAGE_SIZE,
    Limit,
    Offset,
    PostId,
    author_name,
    load_post_or_404,
)
from blogapi.schemas import CommentCreate, CommentOut, ErrorOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


def to_comment_out(db: Session, comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        author_id=comment.author_id,
        author_username=author_name(db, comment.author_id),
        body=comment.body,
        created_at=comment.created_at,
    )


@router.get(
    "",
    response_model=list[CommentOut],
    summary="List a post's comments, oldest first",
    responses={404: {"model": ErrorOut}},
)
def list_comments(
    post_id: PostId,
    db: SessionDep,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> list[CommentOut]:
    load_post_or_404(db, post_id)
    comments = db.scalars(
        select(Comment).where(Comment.post_id == post_id).order_by(Comment.id)
    ).all()
    return [to_comment_out(db, c) for c in comments[offset : offset + limit]]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    summary="Comment on a post",
    responses={401: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def create_comment(
    post_id: PostId, payload: CommentCreate, db: SessionDep, user: CurrentUser
) -> CommentOut:
    load_post_or_404(db, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, body=payload.body)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return to_comment_out(db, comment)
