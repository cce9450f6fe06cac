from typing import List

from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy.orm import Session, joinedload

from blog import models, schemas
from blog.database import get_db
from blog.security import get_current_user

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"model": schemas.Message, "description": "Post not found"}}


def ensure_post_exists(db: Session, post_id: int) -> None:
    if db.get(models.Post, post_id) is None:
        raise HTTPException(status_code=404, detail="Post not found")


@router.get("", response_model=List[schemas.CommentOut], responses=NOT_FOUND)
def list_comments(
    post_id: int,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    """List the comments on a post, oldest first. Public."""
    ensure_post_exists(db, post_id)
    return (
        db.query(models.Comment)
        .options(joinedload(models.Comment.author))
        .filter(models.Comment.post_id == post_id)
        .order_by(models.Comment.created_at, models.Comment.id)
        .offset(offset)
        .limit(limit)
        .all()
    )


@router.post(
    "",
    response_model=schemas.CommentOut,
    status_code=status.HTTP_201_CREATED,
    responses={**NOT_FOUND, 401: {"model": schemas.Message, "description": "Not logged in"}},
)
def create_comment(
    post_id: int,
    comment_in: schemas.CommentCreate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    """Comment on a post as the logged-in user."""
    ensure_post_exists(db, post_id)
    comment = models.Comment(content=comment_in.content, post_id=post_id, author_id=current_user.id)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
