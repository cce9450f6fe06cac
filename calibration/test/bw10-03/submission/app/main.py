from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import event

from app.db import Base, engine
from app.routers import auth, comments, posts


@event.listens_for(engine.sync_engine, "connect")
def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    # No Alembic for a take-home: create the schema on startup.
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()


app = FastAPI(
    title="Blog API",
    version="1.0.0",
    summary="Multi-author blog: accounts, posts and comments.",
    lifespan=lifespan,
)
app.include_router(auth.router)
app.include_router(posts.router)
app.include_router(comments.router)
