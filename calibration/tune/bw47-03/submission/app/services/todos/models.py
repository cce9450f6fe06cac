from datetime import datetime, timezone

from sqlalchemy import Boolean, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.platform.database import Base


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class TodoRecord(Base):
    __tablename__ = "todos_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Owned by the identity service: no cross-service foreign key on purpose.
    owner_id: Mapped[int] = mapped_column(index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow
    )
