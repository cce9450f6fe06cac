from sqlalchemy import select
from sqlalchemy.orm import Session

from blog_api.entities import CommentEntity, PostEntity


class PostRepository:
    @staticmethod
    def find_all(session: Session, limit: int, offset: int) -> list[PostEntity]:
        query = select(PostEntity).order_by(PostEntity.created_at.desc()).limit(limit).offset(offset)
        return list(session.scalars(query).all())

    @staticmethod
    def find_by_id(session: Session, post_id: int) -> PostEntity | None:
        return session.get(PostEntity, post_id)

    @staticmethod
    def save(session: Session, post: PostEntity) -> PostEntity:
        session.add(post)
        session.commit()
        session.refresh(post)
        return post

    @staticmethod
    def delete(session: Session, post: PostEntity) -> None:
        session.delete(post)
        session.commit()


class CommentRepository:
    @staticmethod
    def find_by_post_id(session: Session, post_id: int, limit: int, offset: int) -> list[CommentEntity]:
        query = (
            select(CommentEntity)
            .where(CommentEntity.post_id == post_id)
            .order_by(CommentEntity.created_at)
            .limit(limit)
            .offset(offset)
        )
        return list(session.scalars(query).all())

    @staticmethod
    def save(session: Session, comment: CommentEntity) -> CommentEntity:
        session.add(comment)
        session.commit()
        session.refresh(comment)
        return comment
