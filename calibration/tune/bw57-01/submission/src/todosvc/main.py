import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todosvc import __version__
from todosvc.api import auth, health, todos
from todosvc.config import Settings, get_settings
from todosvc.db import Base, build_engine, build_sessionmaker
from todosvc.security import hash_password

log = logging.getLogger("todosvc")


def create_app(settings: Settings | None = None) -> FastAPI:
    """Application factory; use `uvicorn --factory todosvc.main:create_app`."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = build_engine(settings)
        if settings.create_schema:
            Base.metadata.create_all(engine)
        app.state.settings = settings
        app.state.engine = engine
        app.state.sessionmaker = build_sessionmaker(engine)
        app.state.dummy_hash = hash_password("timing-equaliser", settings.bcrypt_rounds)
        log.info("todosvc %s started (db backend: %s)", __version__, engine.url.get_backend_name())
        try:
            yield
        finally:
            engine.dispose()

    app = FastAPI(
        title="todosvc",
        version=__version__,
        description="Multi-user todo API. Authenticate with `POST /auth/token` (OAuth2 password flow).",
        lifespan=lifespan,
    )
    app.include_router(health.router)
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app
