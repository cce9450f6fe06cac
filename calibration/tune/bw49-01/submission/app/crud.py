"""Data-access layer (repository pattern): routes never talk to the ORM directly."""
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models, schemas
from app.core.security import hash_password


# ---------- users ----------
def get_user(db: Session, user_id: int) -> models.User | None:
    return db.get(models.User, user_id)


def get_user_by_username(db: Session, username: str) -> models.User | None:
    return db.scalar(select(models.User).where(models.User.username == username))


def create_user(db: Session, user_in: schemas.UserCreate) -> models.User:
    user = models.User(username=user_in.username, hashed_password=hash_password(user_in.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


# ---------- posts ----------
def get_posts(db: Session, limit: int, offset: int) -> list[models.Post]:
    stmt = select(models.Post).order_by(models.Post.created_at.desc()).limit(limit).offset(offset)
    return list(db.scalars(stmt))


def get_post(db: Session, post_id: int) -> models.Post | None:
    return db.get(models.Post, post_id)


def create_post(db: Session, post_in: schemas.PostCreate, author_id: int) -> models.Post:
    post = models.Post(**post_in.model_dump(), author_id=author_id)
    db.add(post)
    db.commit()
    db.refresh(post)
    return post


def update_post(db: Session, post: models.Post, post_in: schemas.PostUpdate) -> models.Post:
    for field, value in post_in.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return post


def delete_post(db: Session, post: models.Post) -> None:
    db.delete(post)
    db.commit()


# ---------- comments ----------
def get_comments(db: Session, post_id: int, limit: int, offset: int) -> list[models.Comment]:
    stmt = (
        select(models.Comment)
        .where(models.Comment.post_id == post_id)
        .order_by(models.Comment.created_at)
        .limit(limit)
        .offset(offset)
    )
    return list(db.scalars(stmt))


def create_comment(
    db: Session, post_id: int, comment_in: schemas.CommentCreate, author_id: int
) -> models.Comment:
    comment = models.Comment(content=comment_in.content, post_id=post_id, author_id=author_id)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
