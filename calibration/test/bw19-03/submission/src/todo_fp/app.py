"""Application factory; run with `uvicorn --factory todo_fp.app:create_app`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import store
from .routes import auth, todos
from .settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    cfg = settings if settings is not None else Settings.from_env()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        store.migrate(cfg.db_path)
        yield

    app = FastAPI(
        title="Todo API",
        version="0.1.0",
        summary="Personal todo lists behind OAuth2 password flow with opaque bearer tokens.",
        lifespan=lifespan,
    )
    app.state.settings = cfg
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app
