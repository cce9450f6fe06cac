from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api.infrastructure.persistence.database import (
    build_engine,
    build_session_factory,
    initialize_database_async,
)
from todo_api.infrastructure.settings import AppSettings, get_settings
from todo_api.web.controllers import auth_controller, todos_controller
from todo_api.web.exception_handlers import register_exception_handlers


def create_app(settings: AppSettings | None = None) -> FastAPI:
    app_settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = build_engine(app_settings.database_url)
        await initialize_database_async(engine)
        app.state.settings = app_settings
        app.state.session_factory = build_session_factory(engine)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description="Multi-user todo list API. Authenticate with the OAuth2 password flow "
        "at `/api/v1/auth/token` and send the token as `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    register_exception_handlers(app)
    app.include_router(auth_controller.router)
    app.include_router(todos_controller.router)
    return app


app = create_app()
