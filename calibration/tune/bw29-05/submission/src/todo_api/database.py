"""Database plumbing.

We use SQLAlchemy's *asyncio* extension with an async driver (aiosqlite by
default). This matters: our handlers are ``async def``, and an ``async def``
must never call a blocking driver, otherwise one slow query would freeze
every other request served by the same event loop.
"""
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    """Parent class of every ORM model; it owns the table metadata."""


def build_engine(database_url: str) -> AsyncEngine:
    """Create the async engine for ``database_url``."""
    return create_async_engine(database_url, pool_pre_ping=True)


def build_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Return a factory of sessions bound to ``engine``.

    ``expire_on_commit=False`` keeps attribute values readable after a commit,
    so we can build the HTTP response without triggering a new (implicit,
    and in async code forbidden) lazy load.
    """
    return async_sessionmaker(engine, expire_on_commit=False)


async def create_tables(engine: AsyncEngine) -> None:
    """Create missing tables. Good enough for an exercise; a real project would use Alembic."""
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
