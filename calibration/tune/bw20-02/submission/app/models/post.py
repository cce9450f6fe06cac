from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app import config
from app.db import ApplicationRecord
from app.models.concerns import timestamps, validates_presence_of


@timestamps
class Post(ApplicationRecord):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    comments_count: Mapped[int] = mapped_column(default=0)  # counter cache
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    author = relationship("User", back_populates="posts")
    comments = relationship(
        "Comment", back_populates="post", cascade="all, delete-orphan", order_by="Comment.id"
    )

    _validate_presence = validates_presence_of("title", "content")

    # scopes

    @classmethod
    def recent(cls, db, limit, offset):
        limit = min(limit, config.MAX_PER_PAGE)
        return db.scalars(select(cls).order_by(cls.id.desc()).limit(limit).offset(offset)).all()

    def comments_page(self, db, limit, offset):
        from app.models.comment import Comment

        limit = min(limit, config.MAX_PER_PAGE)
        query = select(Comment).where(Comment.post_id == self.id).order_by(Comment.id)
        return db.scalars(query.limit(limit).offset(offset)).all()

    # permissions

    def editable_by(self, user):
        return user is not None and self.author_id == user.id

    def as_json(self):
        return {
            "id": self.id,
            "title": self.title,
            "content": self.content,
            "author": self.author.username,
            "comments_count": self.comments_count,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
