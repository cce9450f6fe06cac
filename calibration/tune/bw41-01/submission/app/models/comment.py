from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, Text, event, update
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.application_record import ApplicationRecord
from app.models.concerns import Timestampable
from app.models.concerns.timestampable import current_time
from app.models.post import Post

if TYPE_CHECKING:
    from app.models.user import User


class Comment(Timestampable, ApplicationRecord):
    __tablename__ = "comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)

    post: Mapped[Post] = relationship(back_populates="comments")
    author: Mapped["User"] = relationship(back_populates="comments")

    @property
    def author_name(self) -> str:
        return self.author.username


@event.listens_for(Comment, "after_insert")
def touch_post(mapper: Any, connection: Any, target: Comment) -> None:
    """belongs_to :post, touch: true"""
    posts = Post.__table__
    connection.execute(update(posts).where(posts.c.id == target.post_id).values(updated_at=current_time()))
