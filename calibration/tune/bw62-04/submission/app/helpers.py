from fastapi import HTTPException
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import models, schemas


def get_post_or_404(db: Session, post_id: int) -> models.Post:
    post = db.get(models.Post, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


def count_comments(db: Session, post_id: int) -> int:
    n = db.scalar(
        select(func.count()).select_from(models.Comment).where(models.Comment.post_id == post_id)
    )
    return n or 0


def post_to_out(db: Session, post: models.Post) -> schemas.PostOut:
    return schemas.PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=schemas.UserOut.model_validate(post.author),
        created_at=post.created_at,
        updated_at=post.updated_at,
        comment_count=count_comments(db, post.id),
    )
