from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from src.Database import Base

if TYPE_CHECKING:
    from src.Entity.Comment import Comment
    from src.Entity.User import User


class Post(Base):
    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(255))
    content: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    createdAt: Mapped[datetime] = mapped_column(
        "created_at", DateTime, default=lambda: datetime.now(timezone.utc)
    )
    updatedAt: Mapped[datetime | None] = mapped_column("updated_at", DateTime, nullable=True)

    author: Mapped[User] = relationship()
    comments: Mapped[list[Comment]] = relationship(
        back_populates="post", cascade="all, delete-orphan"
    )
