from collections.abc import Iterator
from functools import lru_cache

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from app.config.settings import get_properties


class BaseEntity(DeclarativeBase):
    """Base class for all JPA-style entities."""


@lru_cache
def get_engine() -> Engine:
    properties = get_properties()
    return create_engine(
        properties.datasource_url,
        connect_args={"check_same_thread": False},
    )


@lru_cache
def get_session_factory() -> sessionmaker[Session]:
    return sessionmaker(bind=get_engine(), autoflush=False, expire_on_commit=False)


def get_session() -> Iterator[Session]:
    """One session per request (like an open-session-in-view filter)."""
    session = get_session_factory()()
    try:
        yield session
    finally:
        session.close()


def init_schema() -> None:
    # import entities so they register on the metadata
    from app.entity import comment_entity, post_entity, user_entity  # noqa: F401

    BaseEntity.metadata.create_all(get_engine())
