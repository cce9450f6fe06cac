from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.models.application_record import ApplicationRecord

if TYPE_CHECKING:
    from app.models.post import Post
    from app.models.user import User


class Comment(ApplicationRecord):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)

    post: Mapped[Post] = relationship(back_populates="comments")
    author: Mapped[User] = relationship(back_populates="comments")

    @classmethod
    def for_post(cls, db: Session, post_id: int, limit: int, offset: int) -> list[Comment]:
        stmt = select(cls).where(cls.post_id == post_id).order_by(cls.id).limit(limit).offset(offset)
        return list(db.scalars(stmt))
