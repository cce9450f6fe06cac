from sqlalchemy import select

from blogapi.domain.entities import PostEntity
from blogapi.repository.crud_repository import CrudRepository


class PostRepository(CrudRepository[PostEntity]):
    entity_class = PostEntity

    def find_all_order_by_created_at_desc(self, offset: int, limit: int) -> list[PostEntity]:
        stmt = (
            select(PostEntity)
            .order_by(PostEntity.created_at.desc(), PostEntity.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(stmt).all())
