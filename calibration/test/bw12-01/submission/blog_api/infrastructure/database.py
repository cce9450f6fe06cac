from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from blog_api.domain.entities import Base
from blog_api.settings import get_settings


def create_db_engine(url: str, **engine_options: Any) -> Engine:
    connect_args = {"check_same_thread": False} if url.startswith("sqlite") else {}
    engine = create_engine(url, connect_args=connect_args, **engine_options)

    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _enable_foreign_keys(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_connection.execute("PRAGMA foreign_keys = ON")

    return engine


engine = create_db_engine(get_settings().database_url)
SessionFactory = sessionmaker(bind=engine, expire_on_commit=False)


def ensure_database_created(target: Engine = engine) -> None:
    Base.metadata.create_all(target)


def get_session() -> Iterator[Session]:
    with SessionFactory() as session:
        yield session
