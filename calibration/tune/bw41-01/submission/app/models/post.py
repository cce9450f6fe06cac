from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.models.application_record import ApplicationRecord
from app.models.concerns import Sluggable, Timestampable

if TYPE_CHECKING:
    from app.models.comment import Comment
    from app.models.user import User


class Post(Timestampable, Sluggable, ApplicationRecord):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)

    author: Mapped["User"] = relationship(back_populates="posts")
    comments: Mapped[list["Comment"]] = relationship(
        back_populates="post", cascade="all, delete-orphan", order_by="Comment.id"
    )

    # --- scopes ----------------------------------------------------------------

    @classmethod
    def recent(cls, db: Session, limit: int, offset: int) -> Sequence["Post"]:
        query = select(cls).order_by(cls.created_at.desc(), cls.id.desc()).limit(limit).offset(offset)
        return db.scalars(query).all()

    # --- decorators / presenters -------------------------------------------------

    @property
    def author_name(self) -> str:
        return self.author.username

    @property
    def comments_count(self) -> int:
        return len(self.comments)

    # --- authorization -----------------------------------------------------------

    def editable_by(self, user: "User") -> bool:
        return self.author_id == user.id
