from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Comment, Post, User
from app.schemas.comment import CommentCreate


def list_comments(db: Session, post: Post, *, limit: int, offset: int) -> tuple[list[Comment], int]:
    """One page of a post's comments, oldest first, plus the total count."""
    total = db.scalar(select(func.count()).select_from(Comment).where(Comment.post_id == post.id)) or 0
    stmt = (
        select(Comment)
        .where(Comment.post_id == post.id)
        .order_by(Comment.id)
        .offset(offset)
        .limit(limit)
    )
    comments = db.scalars(stmt).all()
    return list(comments), total


def create_comment(db: Session, post: Post, comment_in: CommentCreate, author: User) -> Comment:
    comment = Comment(content=comment_in.content, post_id=post.id, author_id=author.id)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
