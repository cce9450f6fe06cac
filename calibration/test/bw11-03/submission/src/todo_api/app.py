"""Application factory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api import __version__
from todo_api.config import Settings, get_settings
from todo_api.db import Database
from todo_api.routers import auth, todos


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    database = Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await database.create_all()
        yield
        await database.dispose()

    app = FastAPI(
        title="Todo API",
        version=__version__,
        summary="Personal todo lists for several users.",
        lifespan=lifespan,
    )
    app.state.database = database
    app.dependency_overrides[get_settings] = lambda: settings
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app


def main() -> FastAPI:  # pragma: no cover - entry point for ``uvicorn --factory``
    return create_app()
