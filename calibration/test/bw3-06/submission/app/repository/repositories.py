from typing import Generic, List, Optional, Type, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.entities import Comment, Post, User

T = TypeVar("T")


class CrudRepository(Generic[T]):
    """Minimal analogue of Spring Data's CrudRepository."""

    entity: Type[T]

    def __init__(self, db: Session) -> None:
        self.db = db

    def find_by_id(self, entity_id: int) -> Optional[T]:
        return self.db.get(self.entity, entity_id)

    def find_all(self, limit: int, offset: int) -> List[T]:
        stmt = select(self.entity).order_by(self.entity.id).limit(limit).offset(offset)
        return list(self.db.scalars(stmt))

    def save(self, obj: T) -> T:
        self.db.add(obj)
        self.db.commit()
        self.db.refresh(obj)
        return obj

    def delete(self, obj: T) -> None:
        self.db.delete(obj)
        self.db.commit()


class UserRepository(CrudRepository[User]):
    entity = User

    def find_by_username(self, username: str) -> Optional[User]:
        return self.db.scalars(select(User).where(User.username == username)).first()


class PostRepository(CrudRepository[Post]):
    entity = Post


class CommentRepository(CrudRepository[Comment]):
    entity = Comment

    def find_by_post_id(self, post_id: int, limit: int, offset: int) -> List[Comment]:
        stmt = (
            select(Comment)
            .where(Comment.post_id == post_id)
            .order_by(Comment.id)
            .limit(limit)
            .offset(offset)
        )
        return list(self.db.scalars(stmt))
