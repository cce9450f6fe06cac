from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app.config import Settings, load_settings
from app.db import Base
from app.routers import auth, todos

DESCRIPTION = """
Personal todo lists. Sign up with `POST /auth/register`, get a bearer token
from `POST /auth/token` (OAuth2 password flow, the **Authorize** button works),
then manage your own todos under `/todos`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    resolved = settings if settings is not None else load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_async_engine(resolved.database_url)
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        app.state.session_factory = async_sessionmaker(engine, expire_on_commit=False)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(title="Todo API", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = resolved
    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
