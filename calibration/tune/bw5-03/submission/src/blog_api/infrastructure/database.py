from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    pass


def make_engine(url: str) -> Engine:
    connect_args = {"check_same_thread": False} if url.startswith("sqlite") else {}
    engine = create_engine(url, connect_args=connect_args)

    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _enable_fk(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            dbapi_conn.execute("PRAGMA foreign_keys=ON")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)


class UnitOfWork:
    """Thin wrapper so services commit/rollback explicitly and never touch engine details."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def session(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()
