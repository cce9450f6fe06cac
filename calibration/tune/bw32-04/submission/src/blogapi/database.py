"""Async engine and per-request session."""

from collections.abc import AsyncIterator

from sqlalchemy import event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from blogapi.settings import get_settings


def make_engine(url: str, echo: bool = False) -> AsyncEngine:
    new_engine = create_async_engine(url, echo=echo, pool_pre_ping=True)
    if new_engine.dialect.name == "sqlite":
        # SQLite ignores ON DELETE CASCADE unless foreign keys are switched on per connection.
        @event.listens_for(new_engine.sync_engine, "connect")
        def _enable_foreign_keys(dbapi_connection: DBAPIConnection, _record: object) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return new_engine


engine: AsyncEngine = make_engine(get_settings().database_url, get_settings().sql_echo)
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionFactory() as session:
        yield session
