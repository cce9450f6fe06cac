"""Application factory.

Run with ``uvicorn --factory inkwell.app:create_app``; tests call
``create_app(settings)`` directly with their own settings.
"""

import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import create_async_engine

from .config import Settings, load_settings
from .result import Err, Ok
from .routes import auth, posts
from .tables import metadata


def _settings_from_env() -> Settings:
    match load_settings():
        case Ok(settings):
            return settings
        case Err(message):
            sys.exit(f"inkwell: configuration error: {message}")


def create_app(settings: Settings | None = None) -> FastAPI:
    resolved = settings if settings is not None else _settings_from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_async_engine(resolved.database_url)
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
        app.state.engine = engine
        app.state.settings = resolved
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="Inkwell",
        version="0.1.0",
        description="A small multi-author blog. Reads are public; writes need a bearer token.",
        lifespan=lifespan,
    )
    app.include_router(auth)
    app.include_router(posts)
    return app
