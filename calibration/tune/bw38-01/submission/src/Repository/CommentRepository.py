from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from src.Entity.Comment import Comment


class CommentRepository:
    def __init__(self, em: Session) -> None:
        self.em = em

    def findByPost(self, postId: int, limit: int, offset: int) -> list[Comment]:
        qb = (
            select(Comment)
            .options(joinedload(Comment.author))
            .where(Comment.post_id == postId)
            .order_by(Comment.createdAt.asc(), Comment.id.asc())
            .limit(limit)
            .offset(offset)
        )
        return list(self.em.scalars(qb))

    def countByPost(self, postId: int) -> int:
        qb = select(func.count(Comment.id)).where(Comment.post_id == postId)
        return self.em.scalar(qb) or 0

    def save(self, comment: Comment, flush: bool = True) -> None:
        self.em.add(comment)
        if flush:
            self.em.commit()
            self.em.refresh(comment)
