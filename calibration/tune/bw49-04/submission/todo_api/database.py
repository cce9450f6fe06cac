"""Database engine and the per-request session dependency.

We use SQLAlchemy's asyncio extension so that database calls made from
``async def`` endpoints never block the event loop.
"""
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase

from todo_api.config import settings

engine = create_async_engine(settings.database_url)
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    """Base class of all ORM models."""


async def get_session() -> AsyncIterator[AsyncSession]:
    """Yield one session per request and close it afterwards."""
    async with SessionFactory() as session:
        yield session
