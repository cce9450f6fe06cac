"""ApplicationRecord: the ActiveRecord-ish finders and persistence helpers every model shares."""

from collections.abc import Sequence
from typing import Any, Self

from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Session


class RecordNotFound(Exception):
    """Mirrors ActiveRecord::RecordNotFound; rescued into a 404 in app.main."""

    def __init__(self, model: str, record_id: int) -> None:
        super().__init__(f"Couldn't find {model} with 'id'={record_id}")
        self.model = model
        self.record_id = record_id


class RecordInvalid(Exception):
    """Mirrors ActiveRecord::RecordInvalid; rescued into a 422 in app.main."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("Validation failed")
        self.errors = errors


class ApplicationRecord(DeclarativeBase):
    @classmethod
    def find(cls, db: Session, record_id: int) -> Self:
        record = db.get(cls, record_id)
        if record is None:
            raise RecordNotFound(cls.__name__, record_id)
        return record

    @classmethod
    def find_by(cls, db: Session, **conditions: Any) -> Self | None:
        return db.scalars(select(cls).filter_by(**conditions).limit(1)).first()

    @classmethod
    def exists(cls, db: Session, **conditions: Any) -> bool:
        return cls.find_by(db, **conditions) is not None

    @classmethod
    def where(cls, db: Session, **conditions: Any) -> Sequence[Self]:
        return db.scalars(select(cls).filter_by(**conditions)).all()

    @classmethod
    def create(cls, db: Session, **attributes: Any) -> Self:
        record = cls(**attributes)
        return record.save(db)

    def save(self, db: Session) -> Self:
        db.add(self)
        db.commit()
        db.refresh(self)
        return self

    def update(self, db: Session, **attributes: Any) -> Self:
        for name, value in attributes.items():
            setattr(self, name, value)
        return self.save(db)

    def destroy(self, db: Session) -> None:
        db.delete(self)
        db.commit()
