from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING

import bcrypt
from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.db import Base

if TYPE_CHECKING:
    from app.models.comment import Comment
    from app.models.post import Post


class User(Base):
    """A blog account. Modelled on Rails' `has_secure_password`."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    password_digest: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(timezone.utc)
    )

    # has_many :posts, dependent: :destroy
    posts: Mapped[list[Post]] = relationship(
        back_populates="author", cascade="all, delete-orphan"
    )
    # has_many :comments, dependent: :destroy
    comments: Mapped[list[Comment]] = relationship(
        back_populates="author", cascade="all, delete-orphan"
    )

    # -- has_secure_password -------------------------------------------------

    @property
    def password(self) -> str:
        raise AttributeError("password is write-only")

    @password.setter
    def password(self, raw: str) -> None:
        # Only the bcrypt digest is ever stored; the raw value is dropped here.
        self.password_digest = bcrypt.hashpw(raw.encode(), bcrypt.gensalt()).decode()

    def authenticate(self, raw: str) -> bool:
        return bcrypt.checkpw(raw.encode(), self.password_digest.encode())
