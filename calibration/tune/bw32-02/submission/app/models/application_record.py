from datetime import datetime, timezone
from typing import Any, Self

from sqlalchemy import DateTime, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class RecordNotFound(Exception):
    def __init__(self, model: str, id: Any) -> None:
        super().__init__(f"Couldn't find {model} with 'id'={id}")
        self.model = model
        self.id = id


class RecordInvalid(Exception):
    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("Validation failed")
        self.errors = errors


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class ApplicationRecord(DeclarativeBase):
    """Small ActiveRecord-flavoured base: find / where / save / destroy + timestamps."""

    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    # -- finders -----------------------------------------------------------

    @classmethod
    def find(cls, db: Session, id: int) -> Self:
        record = db.get(cls, id)
        if record is None:
            raise RecordNotFound(cls.__name__, id)
        return record

    @classmethod
    def find_by(cls, db: Session, **conditions: Any) -> Self | None:
        return db.scalars(select(cls).filter_by(**conditions).limit(1)).first()

    @classmethod
    def exists(cls, db: Session, **conditions: Any) -> bool:
        return cls.find_by(db, **conditions) is not None

    # -- persistence -------------------------------------------------------

    def validate(self, db: Session) -> dict[str, list[str]]:
        """Override in subclasses. Return {attribute: [messages]}."""
        return {}

    def save(self, db: Session) -> Self:
        errors = self.validate(db)
        if errors:
            raise RecordInvalid(errors)
        db.add(self)
        db.commit()
        db.refresh(self)
        return self

    def update(self, db: Session, **attributes: Any) -> Self:
        for key, value in attributes.items():
            setattr(self, key, value)
        return self.save(db)

    def destroy(self, db: Session) -> None:
        db.delete(self)
        db.commit()


# -- callbacks (before_create / before_update) -------------------------------

@event.listens_for(ApplicationRecord, "before_insert", propagate=True)
def _touch_on_create(mapper, connection, target) -> None:
    now = utcnow()
    target.created_at = now
    target.updated_at = now


@event.listens_for(ApplicationRecord, "before_update", propagate=True)
def _touch_on_update(mapper, connection, target) -> None:
    target.updated_at = utcnow()
