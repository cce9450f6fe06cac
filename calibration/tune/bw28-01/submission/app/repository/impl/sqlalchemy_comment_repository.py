from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.domain.entities import CommentEntity
from app.repository.interfaces import ICommentRepository


class SqlAlchemyCommentRepository(ICommentRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_post_id(
        self, post_id: int, offset: int | None = None, limit: int | None = None
    ) -> list[CommentEntity]:
        stmt = (
            select(CommentEntity)
            .where(CommentEntity.post_id == post_id)
            .order_by(CommentEntity.created_at, CommentEntity.id)
        )
        if offset is not None:
            stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self._session.scalars(stmt))

    def count_by_post_id(self, post_id: int) -> int:
        stmt = select(func.count(CommentEntity.id)).where(CommentEntity.post_id == post_id)
        return self._session.scalar(stmt) or 0

    def save(self, comment: CommentEntity) -> CommentEntity:
        self._session.add(comment)
        self._session.flush()
        self._session.refresh(comment)
        return comment

    def delete_by_post_id(self, post_id: int) -> None:
        self._session.execute(delete(CommentEntity).where(CommentEntity.post_id == post_id))
