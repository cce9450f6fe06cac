from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from blog_service.domain.entities import Comment, Post, User
from blog_service.domain.repositories import (
    AbstractCommentRepository,
    AbstractPostRepository,
    AbstractUserRepository,
)


class SqlAlchemyUserRepository(AbstractUserRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entity: User) -> None:
        self._session.add(entity)

    def get(self, entity_id: int) -> User | None:
        return self._session.get(User, entity_id)

    def delete(self, entity: User) -> None:
        self._session.delete(entity)

    def get_by_username(self, username: str) -> User | None:
        return self._session.scalars(select(User).filter_by(username=username)).first()


class SqlAlchemyPostRepository(AbstractPostRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entity: Post) -> None:
        self._session.add(entity)

    def get(self, entity_id: int) -> Post | None:
        return self._session.get(Post, entity_id)

    def delete(self, entity: Post) -> None:
        self._session.execute(delete(Comment).filter_by(post_id=entity.id))
        self._session.delete(entity)

    def list(self, limit: int, offset: int) -> list[Post]:
        stmt = select(Post).order_by(Post.created_at.desc()).limit(limit).offset(offset)  # type: ignore[attr-defined]
        return list(self._session.scalars(stmt))

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(Post)) or 0


class SqlAlchemyCommentRepository(AbstractCommentRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entity: Comment) -> None:
        self._session.add(entity)

    def get(self, entity_id: int) -> Comment | None:
        return self._session.get(Comment, entity_id)

    def delete(self, entity: Comment) -> None:
        self._session.delete(entity)

    def list_by_post(self, post_id: int, limit: int, offset: int) -> list[Comment]:
        stmt = (
            select(Comment)
            .filter_by(post_id=post_id)
            .order_by(Comment.created_at)  # type: ignore[arg-type]
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(stmt))

    def count_by_post(self, post_id: int) -> int:
        stmt = select(func.count()).select_from(Comment).filter_by(post_id=post_id)
        return self._session.scalar(stmt) or 0
