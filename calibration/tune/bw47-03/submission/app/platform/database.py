from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import NullPool


class Base(DeclarativeBase):
    """Shared declarative base. Each service owns its own tables (prefixed by service name)."""


class Database:
    def __init__(self, url: str) -> None:
        # SQLite connections are cheap and must not be shared across event loops (tests).
        options = {"poolclass": NullPool} if url.startswith("sqlite") else {"pool_pre_ping": True}
        self.engine = create_async_engine(url, **options)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    async def create_schema(self) -> None:
        async with self.engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)

    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            yield session

    async def dispose(self) -> None:
        await self.engine.dispose()
