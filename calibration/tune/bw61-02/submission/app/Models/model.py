from datetime import datetime

from sqlalchemy import Column, DateTime


class Model:
    """Base behaviour for all models, like Eloquent's Model (timestamps + toArray)."""

    created_at = Column(DateTime, default=datetime.utcnow)
    updated_at = Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)

    def to_dict(self):
        return {c.name: getattr(self, c.name) for c in self.__table__.columns}

    def fill(self, data):
        for key, value in data.items():
            if hasattr(self, key):
                setattr(self, key, value)
        return self
