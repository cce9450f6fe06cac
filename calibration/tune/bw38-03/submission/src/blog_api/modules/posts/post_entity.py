from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from blog_api.database.base import Base, utcnow
from blog_api.modules.users.user_entity import User


class Post(Base):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)

    # lazy="raise": no accidental implicit IO in async code, load it explicitly
    author: Mapped[User] = relationship(lazy="raise")
