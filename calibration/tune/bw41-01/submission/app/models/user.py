from typing import TYPE_CHECKING

import bcrypt
from sqlalchemy import String
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from app.models.application_record import ApplicationRecord, RecordInvalid
from app.models.concerns import Timestampable

if TYPE_CHECKING:
    from app.models.comment import Comment
    from app.models.post import Post


class User(Timestampable, ApplicationRecord):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(50), unique=True, index=True)
    password_digest: Mapped[str] = mapped_column(String(60))

    posts: Mapped[list["Post"]] = relationship(back_populates="author", cascade="all, delete-orphan")
    comments: Mapped[list["Comment"]] = relationship(back_populates="author", cascade="all, delete-orphan")

    # --- has_secure_password -------------------------------------------------

    @property
    def password(self) -> None:
        return None

    @password.setter
    def password(self, raw_password: str) -> None:
        self.password_digest = bcrypt.hashpw(raw_password.encode(), bcrypt.gensalt()).decode()

    def authenticate(self, raw_password: str) -> bool:
        return bcrypt.checkpw(raw_password.encode(), self.password_digest.encode())

    # --- class-level API -----------------------------------------------------

    @classmethod
    def register(cls, db: Session, username: str, password: str) -> "User":
        if cls.exists(db, username=username):
            raise RecordInvalid({"username": ["has already been taken"]})
        return cls.create(db, username=username, password=password)

    @classmethod
    def authenticate_by(cls, db: Session, username: str, password: str) -> "User | None":
        user = cls.find_by(db, username=username)
        if user is None or not user.authenticate(password):
            return None
        return user
