"""Application factory.

`uvicorn todo_service.app:app` serves an app configured from the environment;
tests call `create_app(Settings(...))` directly.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import __version__
from .config import Settings
from .db import init_db
from .routes import auth, todos
from .security import PasswordHasher


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        init_db(settings.database_path)
        yield

    app = FastAPI(
        title="Todo service",
        version=__version__,
        summary="Personal todo lists for several users.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.hasher = PasswordHasher(settings.argon2_time_cost, settings.argon2_memory_cost_kib)

    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
