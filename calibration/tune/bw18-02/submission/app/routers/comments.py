from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from app.db import get_db
from app.models import Comment, Post
from app.schemas import CommentCreate, CommentOut
from app.security import CurrentUser

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

DbSession = Annotated[Session, Depends(get_db)]


def _to_out(c: Comment) -> CommentOut:
    return CommentOut(
        id=c.id, post_id=c.post_id, author=c.author.username, content=c.content, created_at=c.created_at
    )


def _ensure_post(db: Session, post_id: int) -> None:
    if db.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get(
    "",
    response_model=list[CommentOut],
    summary="List a post's comments, oldest first",
    responses={404: {"description": "Post not found"}},
)
def list_comments(
    post_id: int,
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[CommentOut]:
    _ensure_post(db, post_id)
    rows = db.scalars(
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return [_to_out(c) for c in rows]


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={404: {"description": "Post not found"}},
)
def create_comment(post_id: int, body: CommentCreate, db: DbSession, user: CurrentUser) -> CommentOut:
    _ensure_post(db, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, content=body.content)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return _to_out(comment)
