from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from src.Database import Base

if TYPE_CHECKING:
    from src.Entity.Post import Post
    from src.Entity.User import User


class Comment(Base):
    __tablename__ = "comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    content: Mapped[str] = mapped_column(Text)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    createdAt: Mapped[datetime] = mapped_column(
        "created_at", DateTime, default=lambda: datetime.now(timezone.utc)
    )

    post: Mapped[Post] = relationship(back_populates="comments")
    author: Mapped[User] = relationship()
