"""Application factory. ``uvicorn app.main:app`` serves the default instance."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api.errors import register_exception_handlers
from app.api.routers import auth, health, todos
from app.core.config import Settings, get_settings
from app.db.session import build_engine, build_sessionmaker, create_schema


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = build_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await create_schema(engine)
        yield
        await engine.dispose()

    app = FastAPI(
        title=settings.app_name,
        version="0.1.0",
        description="Personal todo lists. Authenticate with `POST /auth/token` (OAuth2 password flow).",
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.sessionmaker = build_sessionmaker(engine)

    register_exception_handlers(app)
    app.include_router(health.router)
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app


app = create_app()
