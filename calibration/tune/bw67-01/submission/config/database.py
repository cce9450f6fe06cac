from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import DeclarativeBase, Session

from config.settings import get_settings


class Base(DeclarativeBase):
    """Declarative base shared by every app's models."""


@lru_cache
def get_engine() -> Engine:
    return create_engine(get_settings().database_url, pool_pre_ping=True)


def get_db() -> Iterator[Session]:
    """One session per request, closed when the response is sent (like Django's request cycle)."""
    with Session(get_engine(), expire_on_commit=False) as session:
        yield session
