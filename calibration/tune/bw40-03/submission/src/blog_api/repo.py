"""Database access shared by the contexts (the `Repo`)."""
from collections.abc import AsyncIterator
from datetime import datetime, timezone

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase

from blog_api.config import get_settings


class Base(DeclarativeBase):
    pass


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


engine = create_async_engine(get_settings().database_url, echo=get_settings().echo_sql)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session


async def migrate() -> None:
    """Create missing tables. Good enough for the exercise; Alembic would replace this."""
    from blog_api.accounts import user  # noqa: F401  (register mappers)
    from blog_api.blog import comment, post  # noqa: F401

    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)


async def shutdown() -> None:
    await engine.dispose()
