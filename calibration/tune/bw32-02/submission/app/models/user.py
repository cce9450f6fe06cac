from __future__ import annotations

from typing import TYPE_CHECKING

import bcrypt
from sqlalchemy import String
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship, validates

from app.models.application_record import ApplicationRecord

if TYPE_CHECKING:
    from app.models.comment import Comment
    from app.models.post import Post


class User(ApplicationRecord):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(30), unique=True, index=True)
    password_digest: Mapped[str] = mapped_column(String(60))

    posts: Mapped[list[Post]] = relationship(back_populates="author", cascade="all, delete-orphan")
    comments: Mapped[list[Comment]] = relationship(back_populates="author", cascade="all, delete-orphan")

    # has_secure_password ---------------------------------------------------

    @property
    def password(self) -> None:
        raise AttributeError("password is write-only")

    @password.setter
    def password(self, raw: str) -> None:
        self.password_digest = bcrypt.hashpw(raw.encode(), bcrypt.gensalt()).decode()

    def authenticate(self, raw: str) -> bool:
        return bcrypt.checkpw(raw.encode(), self.password_digest.encode())

    # before_validation :normalize_username ---------------------------------

    @validates("username")
    def normalize_username(self, key: str, value: str) -> str:
        return value.strip().lower()

    def validate(self, db: Session) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        other = User.find_by(db, username=self.username)
        if other is not None and other.id != self.id:
            errors.setdefault("username", []).append("has already been taken")
        return errors
