import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from . import __version__
from .config import Settings, get_settings
from .db import Database
from .logging_setup import configure_logging, request_id_var
from .metrics import ObservabilityMiddleware
from .routers import auth, ops, todos

log = logging.getLogger("todo_service")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        db = Database(settings.database_url, pool_size=settings.db_pool_size)
        await db.create_schema()
        app.state.db = db
        log.info("startup complete", extra={"fields": {"version": __version__}})
        try:
            yield
        finally:
            await db.dispose()
            log.info("shutdown complete")

    app = FastAPI(
        title="Todo service",
        version=__version__,
        description=(
            "Multi-user todo API. Authenticate with the OAuth2 password flow at `/auth/token` "
            "and send `Authorization: Bearer <token>` to every `/todos` route."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_middleware(ObservabilityMiddleware)

    @app.exception_handler(Exception)
    async def unhandled(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return JSONResponse(
            status_code=500,
            content={"detail": "Internal server error", "request_id": request_id_var.get()},
        )

    app.include_router(auth.router)
    app.include_router(todos.router)
    app.include_router(ops.router)
    return app


def app_factory() -> FastAPI:
    """Entry point for `uvicorn --factory todo_service.main:app_factory`."""
    return create_app()
