from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer

from app.database import Base


def now():
    return datetime.now(timezone.utc)


class Model(Base):
    """Base model with timestamps and Eloquent-style helpers."""

    __abstract__ = True

    id = Column(Integer, primary_key=True, index=True)
    created_at = Column(DateTime(timezone=True), default=now)
    updated_at = Column(DateTime(timezone=True), default=now, onupdate=now)

    def fill(self, attributes):
        for key, value in attributes.items():
            if key in self.__table__.columns.keys():
                setattr(self, key, value)
        return self
