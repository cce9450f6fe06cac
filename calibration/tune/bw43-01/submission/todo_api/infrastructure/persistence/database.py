from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from todo_api.infrastructure.persistence.entities import EntityBase


def build_engine(database_url: str) -> AsyncEngine:
    return create_async_engine(database_url, pool_pre_ping=True)


def build_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def initialize_database_async(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        await connection.run_sync(EntityBase.metadata.create_all)
