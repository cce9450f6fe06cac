from collections.abc import Iterator

from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from app import config

connect_args = {"check_same_thread": False} if config.DATABASE_URL.startswith("sqlite") else {}
engine = create_engine(config.DATABASE_URL, connect_args=connect_args)
SessionLocal = sessionmaker(bind=engine, expire_on_commit=False)


class RecordNotFound(Exception):
    pass


class RecordInvalid(Exception):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(", ".join(f"{attr} {msg}" for attr, msg in errors.items()))


class ApplicationRecord(DeclarativeBase):
    """Base model with the handful of ActiveRecord helpers the app needs."""

    @classmethod
    def find(cls, db, id):
        record = db.get(cls, id)
        if record is None:
            raise RecordNotFound(f"Couldn't find {cls.__name__} with 'id'={id}")
        return record

    @classmethod
    def find_by(cls, db, **conditions):
        return db.scalars(select(cls).filter_by(**conditions).limit(1)).first()

    def save(self, db):
        db.add(self)
        db.commit()
        return self

    def update(self, db, **attributes):
        for name, value in attributes.items():
            setattr(self, name, value)
        return self.save(db)

    def destroy(self, db):
        db.delete(self)
        db.commit()


def get_db() -> Iterator[Session]:
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
