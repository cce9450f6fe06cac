from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.entities import PostEntity
from app.repository.interfaces import IPostRepository


class SqlAlchemyPostRepository(IPostRepository):
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_id(self, post_id: int) -> PostEntity | None:
        return self._session.get(PostEntity, post_id)

    def find_all(self, offset: int, limit: int) -> list[PostEntity]:
        stmt = select(PostEntity).order_by(PostEntity.created_at.desc(), PostEntity.id.desc())
        return list(self._session.scalars(stmt.offset(offset).limit(limit)))

    def count(self) -> int:
        return self._session.scalar(select(func.count(PostEntity.id))) or 0

    def save(self, post: PostEntity) -> PostEntity:
        self._session.add(post)
        self._session.flush()
        self._session.refresh(post)
        return post

    def delete(self, post: PostEntity) -> None:
        self._session.delete(post)
        self._session.flush()
