"""Database engine and session handling (SQLAlchemy 2.0, synchronous)."""

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


_SQLITE_PREFIX: Final = "sqlite"


class Database:
    """Owns one engine and hands out short-lived sessions."""

    __slots__ = ("_engine", "_factory")

    def __init__(self, url: str) -> None:
        self._engine: Final[Engine] = self._make_engine(url)
        self._factory: Final[sessionmaker[Session]] = sessionmaker(
            bind=self._engine, expire_on_commit=False
        )

    @staticmethod
    def _make_engine(url: str) -> Engine:
        if not url.startswith(_SQLITE_PREFIX):
            return create_engine(url, pool_pre_ping=True)
        if url in ("sqlite://", "sqlite:///:memory:"):
            # One shared connection, otherwise every checkout sees an empty database.
            return create_engine(
                url, connect_args={"check_same_thread": False}, poolclass=StaticPool
            )
        return create_engine(url, connect_args={"check_same_thread": False})

    @property
    def engine(self) -> Engine:
        return self._engine

    def create_all(self) -> None:
        # Import for the side effect of registering the mapped classes.
        from quill import models  # noqa: F401

        Base.metadata.create_all(self._engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
        except Exception:
            session.rollback()
            raise
        finally:
            session.close()
