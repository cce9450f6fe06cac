from collections.abc import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from blog_api.entities.base import EntityBase
from blog_api.settings import get_settings

engine = create_async_engine(get_settings().connection_string)
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)


async def ensure_created() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(EntityBase.metadata.create_all)


async def get_db_context() -> AsyncIterator[AsyncSession]:
    async with SessionFactory() as session:
        yield session
