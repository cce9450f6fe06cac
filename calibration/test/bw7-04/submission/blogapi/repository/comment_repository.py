from sqlalchemy import delete, func, select

from blogapi.domain.entities import CommentEntity
from blogapi.repository.crud_repository import CrudRepository


class CommentRepository(CrudRepository[CommentEntity]):
    entity_class = CommentEntity

    def find_by_post_id(self, post_id: int, offset: int, limit: int) -> list[CommentEntity]:
        stmt = (
            select(CommentEntity)
            .where(CommentEntity.post_id == post_id)
            .order_by(CommentEntity.created_at, CommentEntity.id)
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(stmt).all())

    def count_by_post_id(self, post_id: int) -> int:
        stmt = select(func.count()).select_from(CommentEntity).where(CommentEntity.post_id == post_id)
        return self._session.scalar(stmt) or 0

    def delete_by_post_id(self, post_id: int) -> None:
        self._session.execute(delete(CommentEntity).where(CommentEntity.post_id == post_id))
