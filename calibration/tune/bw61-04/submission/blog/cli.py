"""`poetry run blog-migrate`: my stand-in for `php artisan migrate` (creates missing tables)."""

import asyncio

from blog.database import engine
from blog.models import Base


async def _migrate() -> None:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    await engine.dispose()


def migrate() -> None:
    asyncio.run(_migrate())
    print("Tables created.")
