"""Application factory.

Run with:  uvicorn --factory todo_api.main:create_app
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from .config import Settings
from .db import create_schema, make_engine, make_sessionmaker
from .routes import auth, todos


def create_app(settings: Settings | None = None) -> FastAPI:
    # Settings() raises a ValidationError if TODO_SECRET_KEY is missing: fail at boot, not later.
    resolved = settings if settings is not None else Settings()  # type: ignore[call-arg]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(resolved.database_url)
        await create_schema(engine)
        app.state.settings = resolved
        app.state.sessionmaker = make_sessionmaker(engine)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="Todo API",
        version="0.1.0",
        description="Personal todo lists. Authenticate with `POST /auth/token` (OAuth2 password "
        "flow) and send the token as `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
