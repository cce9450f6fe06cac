from sqlalchemy.orm import Session

from . import models, schemas
from .auth import get_password_hash


def get_user_by_username(db: Session, username: str) -> models.User | None:
    return db.query(models.User).filter(models.User.username == username).first()


def create_user(db: Session, user: schemas.UserCreate) -> models.User:
    db_user = models.User(
        username=user.username, hashed_password=get_password_hash(user.password)
    )
    db.add(db_user)
    db.commit()
    db.refresh(db_user)
    return db_user


def get_posts(db: Session, offset: int = 0, limit: int = 10) -> list[models.Post]:
    return (
        db.query(models.Post)
        .order_by(models.Post.created_at.desc(), models.Post.id.desc())
        .offset(offset)
        .limit(limit)
        .all()
    )


def get_post(db: Session, post_id: int) -> models.Post | None:
    return db.query(models.Post).filter(models.Post.id == post_id).first()


def create_post(db: Session, post: schemas.PostCreate, author_id: int) -> models.Post:
    db_post = models.Post(**post.model_dump(), author_id=author_id)
    db.add(db_post)
    db.commit()
    db.refresh(db_post)
    return db_post


def update_post(db: Session, db_post: models.Post, post: schemas.PostCreate) -> models.Post:
    db_post.title = post.title
    db_post.content = post.content
    db.commit()
    db.refresh(db_post)
    return db_post


def delete_post(db: Session, db_post: models.Post) -> None:
    db.delete(db_post)
    db.commit()


def get_comments(db: Session, post_id: int, offset: int = 0, limit: int = 10) -> list[models.Comment]:
    return (
        db.query(models.Comment)
        .filter(models.Comment.post_id == post_id)
        .order_by(models.Comment.id)
        .offset(offset)
        .limit(limit)
        .all()
    )


def create_comment(
    db: Session, comment: schemas.CommentCreate, post_id: int, author_id: int
) -> models.Comment:
    db_comment = models.Comment(**comment.model_dump(), post_id=post_id, author_id=author_id)
    db.add(db_comment)
    db.commit()
    db.refresh(db_comment)
    return db_comment
