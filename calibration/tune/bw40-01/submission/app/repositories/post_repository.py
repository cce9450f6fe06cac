"""Data access for PostEntity."""
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.entities import PostEntity


class PostRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_all(self, limit: int, offset: int) -> list[PostEntity]:
        statement = (
            select(PostEntity)
            .order_by(PostEntity.created_at.desc(), PostEntity.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(statement).all())

    def count_all(self) -> int:
        return self._session.scalar(select(func.count()).select_from(PostEntity)) or 0

    def find_by_id(self, post_id: int) -> PostEntity | None:
        return self._session.get(PostEntity, post_id)

    def exists_by_id(self, post_id: int) -> bool:
        return self.find_by_id(post_id) is not None

    def save(self, post: PostEntity) -> PostEntity:
        self._session.add(post)
        self._session.commit()
        self._session.refresh(post)
        return post

    def delete(self, post: PostEntity) -> None:
        self._session.delete(post)
        self._session.commit()
