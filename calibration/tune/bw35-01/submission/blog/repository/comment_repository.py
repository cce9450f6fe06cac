from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blog.entity import Comment


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_all_by_post_id(self, post_id: int, limit: int, offset: int) -> list[Comment]:
        stmt = (
            select(Comment)
            .where(Comment.post_id == post_id)
            .order_by(Comment.created_at.asc(), Comment.id.asc())
            .limit(limit)
            .offset(offset)
        )
        return list(self.session.scalars(stmt))

    def count_by_post_id(self, post_id: int) -> int:
        stmt = select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
        return self.session.scalar(stmt) or 0

    def save(self, comment: Comment) -> Comment:
        self.session.add(comment)
        self.session.commit()
        self.session.refresh(comment)
        return comment
