"""Application factory.

Why a *factory* (``create_app``) instead of a global ``app = FastAPI()``?
Because it lets every test build a fresh application with its own settings
and its own throw-away database, so tests cannot leak state into each other.

Run it with::

    uvicorn todo_api.main:create_app --factory
"""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .config import Settings, get_settings
from .database import build_engine, build_sessionmaker, create_tables
from .routers import auth, todos


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build a FastAPI application. ``settings`` defaults to the environment."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Startup: open the connection pool and make sure the tables exist.
        engine = build_engine(settings.database_url)
        await create_tables(engine)
        app.state.settings = settings
        app.state.sessionmaker = build_sessionmaker(engine)
        yield
        # Shutdown: close every pooled connection cleanly.
        await engine.dispose()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        summary="Personal todo lists for several users, protected by OAuth2 bearer tokens.",
        lifespan=lifespan,
    )
    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/health", tags=["meta"], summary="Liveness check")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
