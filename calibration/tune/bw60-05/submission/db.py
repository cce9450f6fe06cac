import os
import time

from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

DATABASE_URL = os.environ["DATABASE_URL"]

engine = create_async_engine(DATABASE_URL)
Session = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


async def wait_for_db(retries=10):
    # postgres in docker needs a few seconds, retry with a pause (like a backoff supervisor)
    for attempt in range(retries):
        try:
            async with engine.begin() as conn:
                await conn.run_sync(SQLModel.metadata.create_all)
            return
        except OSError:
            print(f"db not ready yet (attempt {attempt + 1}/{retries})")
            time.sleep(2)
    raise RuntimeError("database not reachable")


async def get_session():
    async with Session() as session:
        yield session
