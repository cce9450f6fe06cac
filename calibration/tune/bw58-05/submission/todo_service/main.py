from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from todo_service import __version__
from todo_service.config import Settings
from todo_service.models import Base
from todo_service.routers import auth, todos


def create_app(settings: Settings | None = None) -> FastAPI:
    """Application factory. Run with ``uvicorn todo_service.main:create_app --factory``."""
    resolved = settings if settings is not None else Settings()  # type: ignore[call-arg]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_async_engine(resolved.database_url, pool_pre_ping=True)
        if resolved.create_schema:
            async with engine.begin() as conn:
                await conn.run_sync(Base.metadata.create_all)
        app.state.sessionmaker = async_sessionmaker(engine, expire_on_commit=False)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="Todo API",
        version=__version__,
        description=(
            "Personal todo lists for several users. Authenticate with the OAuth2 password flow "
            "at `POST /auth/token` and send the token as `Authorization: Bearer <token>`."
        ),
        lifespan=lifespan,
    )
    app.state.settings = resolved
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app
