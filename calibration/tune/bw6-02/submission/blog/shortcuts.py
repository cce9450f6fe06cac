from typing import TypeVar

from fastapi import HTTPException, status
from sqlalchemy.orm import Session

from blog.database import Base
from blog.models import Post, User

ModelT = TypeVar("ModelT", bound=Base)


def get_object_or_404(db: Session, model: type[ModelT], pk: int) -> ModelT:
    obj = db.get(model, pk)
    if obj is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail=f"{model.__name__} not found.")
    return obj


def ensure_post_author(post: Post, user: User) -> None:
    if post.author_id != user.id:
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN,
            detail="Only the author of this post may change it.",
        )
