"""The Repo: one engine, one session per request.

Think of this as `Blog.Repo`. Everything that touches the database goes
through a session handed in explicitly by the caller; the contexts never
reach for a global session.
"""

import os
from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///./blog_dev.db")

engine = create_async_engine(DATABASE_URL)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session


async def migrate() -> None:
    # No Alembic for a take-home: create what is missing on boot.
    from blog import schema  # noqa: F401  (registers the tables on Base)

    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
