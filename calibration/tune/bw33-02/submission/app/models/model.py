"""Eloquent-ish base model on top of SQLAlchemy."""
from datetime import datetime

from sqlalchemy import Column, DateTime, Integer
from sqlalchemy.orm import declarative_base

from app.support.facades import DB

Base = declarative_base()


class ModelNotFoundException(Exception):
    def __init__(self, model, id):
        self.model = model
        self.id = id
        super().__init__(f"No query results for model [{model}] {id}")


class Model(Base):
    __abstract__ = True

    id = Column(Integer, primary_key=True)
    created_at = Column(DateTime, default=datetime.utcnow)
    updated_at = Column(DateTime, default=datetime.utcnow, onupdate=datetime.utcnow)

    fillable = []
    hidden = []

    @classmethod
    def query(cls):
        return DB.session.query(cls)

    @classmethod
    def all(cls):
        return cls.query().all()

    @classmethod
    def find(cls, id):
        return DB.session.get(cls, id)

    @classmethod
    def find_or_fail(cls, id):
        model = cls.find(id)
        if model is None:
            raise ModelNotFoundException(cls.__name__, id)
        return model

    @classmethod
    def where(cls, **kwargs):
        return cls.query().filter_by(**kwargs)

    @classmethod
    def create(cls, **attributes):
        model = cls()
        model.fill(**attributes)
        model.save()
        return model

    def fill(self, **attributes):
        for key, value in attributes.items():
            if key in self.fillable:
                setattr(self, key, value)
        return self

    def update(self, **attributes):
        self.fill(**attributes)
        return self.save()

    def save(self):
        DB.session.add(self)
        DB.session.commit()
        return self

    def delete(self):
        DB.session.delete(self)
        DB.session.commit()

    def to_array(self):
        data = {}
        for column in self.__table__.columns:
            if column.name in self.hidden:
                continue
            value = getattr(self, column.name)
            if isinstance(value, datetime):
                value = value.isoformat()
            data[column.name] = value
        return data
