from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.entity import CommentEntity


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_post_id(self, post_id: int, limit: int, offset: int) -> list[CommentEntity]:
        stmt = (
            select(CommentEntity)
            .where(CommentEntity.post_id == post_id)
            .order_by(CommentEntity.created_at, CommentEntity.id)
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(stmt))

    def count_by_post_id(self, post_id: int) -> int:
        stmt = select(func.count()).select_from(CommentEntity).where(CommentEntity.post_id == post_id)
        return self._session.scalar(stmt) or 0

    def save(self, comment: CommentEntity) -> CommentEntity:
        self._session.add(comment)
        self._session.commit()
        self._session.refresh(comment)
        return comment
