from datetime import datetime, timezone

from sqlalchemy import event
from sqlalchemy.orm import validates

from app.db import RecordInvalid


def _now():
    return datetime.now(timezone.utc).replace(tzinfo=None)


def timestamps(cls):
    """Keeps created_at / updated_at current, the way Rails does it."""

    @event.listens_for(cls, "before_insert")
    def set_created_at(mapper, connection, target):
        now = _now()
        target.created_at = now
        target.updated_at = now

    @event.listens_for(cls, "before_update")
    def set_updated_at(mapper, connection, target):
        target.updated_at = _now()

    return cls


def validates_presence_of(*attributes):
    """validates :title, presence: true"""

    @validates(*attributes)
    def validate_presence(self, key, value):
        if value is None or not str(value).strip():
            raise RecordInvalid({key: "can't be blank"})
        return value

    return validate_presence
