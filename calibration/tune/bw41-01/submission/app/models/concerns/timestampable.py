"""Concern: created_at / updated_at maintained by before_insert / before_update callbacks."""

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import DateTime, event
from sqlalchemy.orm import Mapped, mapped_column


def current_time() -> datetime:
    return datetime.now(timezone.utc)


class Timestampable:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _before_create(mapper: Any, connection: Any, target: Timestampable) -> None:
    now = current_time()
    target.created_at = now
    target.updated_at = now


def _before_update(mapper: Any, connection: Any, target: Timestampable) -> None:
    target.updated_at = current_time()


event.listen(Timestampable, "before_insert", _before_create, propagate=True)
event.listen(Timestampable, "before_update", _before_update, propagate=True)
