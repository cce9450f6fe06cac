from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.domain.entities import CommentEntity


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_page_by_post(self, post_id: int, limit: int, offset: int) -> list[CommentEntity]:
        stmt = (
            select(CommentEntity)
            .options(joinedload(CommentEntity.author))
            .where(CommentEntity.post_id == post_id)
            .order_by(CommentEntity.created_at, CommentEntity.id)
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(stmt))

    def count_by_post(self, post_id: int) -> int:
        stmt = select(func.count()).select_from(CommentEntity).where(CommentEntity.post_id == post_id)
        return self._session.scalar(stmt) or 0

    def save(self, comment: CommentEntity) -> CommentEntity:
        self._session.add(comment)
        self._session.flush()
        return comment
