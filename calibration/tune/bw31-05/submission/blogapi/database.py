"""Database engine + session dependency."""
from typing import Iterator

from sqlmodel import Session, SQLModel, create_engine

from blogapi import config

connect_args = {"check_same_thread": False} if config.DB_URL.startswith("sqlite") else {}
engine = create_engine(config.DB_URL, echo=False, connect_args=connect_args)


def init_db() -> None:
    """Create all tables (idempotent)."""
    from blogapi import models  # noqa: F401  -- registers the tables

    SQLModel.metadata.create_all(engine)


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session
