from collections.abc import Iterator
from sqlite3 import Connection as SQLiteConnection
from typing import Any

from fastapi import Request
from sqlalchemy import Engine, event
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine

_IN_MEMORY_SQLITE = {"sqlite://", "sqlite:///:memory:"}


def _enable_sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    if isinstance(dbapi_connection, SQLiteConnection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()


def make_engine(url: str) -> Engine:
    """Build an engine; SQLite gets FK enforcement and, in memory, a single shared connection."""
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)

    if url in _IN_MEMORY_SQLITE:
        engine = create_engine(
            url, connect_args={"check_same_thread": False}, poolclass=StaticPool
        )
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


def get_session(request: Request) -> Iterator[Session]:
    """One session per request. Handlers are plain ``def``, so FastAPI runs them in its
    threadpool and the blocking driver never touches the event loop."""
    engine: Engine = request.app.state.engine
    with Session(engine) as session:
        yield session
