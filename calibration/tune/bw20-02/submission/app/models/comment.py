from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import ApplicationRecord
from app.models.concerns import timestamps, validates_presence_of
from app.models.post import Post


@timestamps
class Comment(ApplicationRecord):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    post = relationship("Post", back_populates="comments")
    author = relationship("User", back_populates="comments")

    _validate_presence = validates_presence_of("body")

    def as_json(self):
        return {
            "id": self.id,
            "post_id": self.post_id,
            "body": self.body,
            "author": self.author.username,
            "created_at": self.created_at,
        }


# belongs_to :post, counter_cache: true
@event.listens_for(Comment, "after_insert")
def increment_comments_count(mapper, connection, target):
    posts = Post.__table__
    connection.execute(
        posts.update()
        .where(posts.c.id == target.post_id)
        .values(comments_count=posts.c.comments_count + 1)
    )


@event.listens_for(Comment, "after_delete")
def decrement_comments_count(mapper, connection, target):
    posts = Post.__table__
    connection.execute(
        posts.update()
        .where(posts.c.id == target.post_id)
        .values(comments_count=posts.c.comments_count - 1)
    )
