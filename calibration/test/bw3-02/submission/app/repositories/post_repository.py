from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, joinedload

from app.domain.entities import CommentEntity, PostEntity


class PostRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_id(self, post_id: int) -> PostEntity | None:
        stmt = (
            select(PostEntity)
            .options(joinedload(PostEntity.author))
            .where(PostEntity.id == post_id)
        )
        return self._session.scalars(stmt).first()

    def exists(self, post_id: int) -> bool:
        stmt = select(PostEntity.id).where(PostEntity.id == post_id)
        return self._session.scalar(stmt) is not None

    def find_page(self, limit: int, offset: int) -> list[PostEntity]:
        stmt = (
            select(PostEntity)
            .options(joinedload(PostEntity.author))
            .order_by(PostEntity.created_at.desc(), PostEntity.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return list(self._session.scalars(stmt))

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(PostEntity)) or 0

    def save(self, post: PostEntity) -> PostEntity:
        self._session.add(post)
        self._session.flush()
        return post

    def delete(self, post: PostEntity) -> None:
        self._session.execute(delete(CommentEntity).where(CommentEntity.post_id == post.id))
        self._session.delete(post)
