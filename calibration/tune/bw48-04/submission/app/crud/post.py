from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Post, User
from app.schemas.post import PostCreate, PostUpdate


def get_post(db: Session, post_id: int) -> Post | None:
    return db.get(Post, post_id)


def list_posts(db: Session, *, limit: int, offset: int) -> tuple[list[Post], int]:
    """Return one page of posts (newest first) and the total number of posts."""
    total = db.scalar(select(func.count()).select_from(Post)) or 0
    stmt = select(Post).order_by(Post.id.desc()).offset(offset).limit(limit)
    posts = db.scalars(stmt).all()
    return list(posts), total


def create_post(db: Session, post_in: PostCreate, author: User) -> Post:
    post = Post(title=post_in.title, content=post_in.content, author_id=author.id)
    db.add(post)
    db.commit()
    db.refresh(post)
    return post


def update_post(db: Session, post: Post, post_in: PostUpdate) -> Post:
    # exclude_none=True: fields the client did not send (or sent as null)
    # are simply left unchanged.
    changes = post_in.model_dump(exclude_none=True)
    for field, value in changes.items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return post


def delete_post(db: Session, post: Post) -> None:
    db.delete(post)
    db.commit()
