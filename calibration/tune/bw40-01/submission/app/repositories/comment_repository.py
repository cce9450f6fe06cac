"""Data access for CommentEntity."""
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain.entities import CommentEntity


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_all_by_post_id(self, post_id: int, limit: int, offset: int) -> list[CommentEntity]:
        statement = (
            select(CommentEntity)
            .where(CommentEntity.post_id == post_id)
            .order_by(CommentEntity.created_at.asc(), CommentEntity.id.asc())
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(statement).all())

    def count_by_post_id(self, post_id: int) -> int:
        statement = (
            select(func.count()).select_from(CommentEntity).where(CommentEntity.post_id == post_id)
        )
        return self._session.scalar(statement) or 0

    def save(self, comment: CommentEntity) -> CommentEntity:
        self._session.add(comment)
        self._session.commit()
        self._session.refresh(comment)
        return comment

    def delete_all_by_post_id(self, post_id: int) -> None:
        self._session.execute(delete(CommentEntity).where(CommentEntity.post_id == post_id))
