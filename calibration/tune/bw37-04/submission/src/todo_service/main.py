"""Application factory. ``uvicorn --factory todo_service.main:create_app``."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from . import __version__
from .api.errors import install_error_handlers
from .api.routes import auth, todos
from .composition import build_container
from .container import Container
from .infrastructure.db import Database
from .settings import Settings


def create_app(container: Container | None = None) -> FastAPI:
    resolved = container if container is not None else build_container(Settings())  # type: ignore[call-arg]

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(resolved.resolve(Database).create_schema)
        try:
            yield
        finally:
            await run_in_threadpool(resolved.close)

    app = FastAPI(
        title="Todo Service",
        version=__version__,
        description="Personal todo lists. Authenticate with the OAuth2 password flow.",
        lifespan=lifespan,
    )
    app.state.container = resolved
    install_error_handlers(app)
    app.include_router(auth.router, prefix="/api/v1")
    app.include_router(todos.router, prefix="/api/v1")

    @app.get("/healthz", tags=["ops"], summary="Liveness probe")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
