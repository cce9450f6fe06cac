from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_service.models import MODELS, db
from todo_service.routes import auth, todos
from todo_service.settings import Settings

log = logging.getLogger(__name__)


def init_db(settings: Settings) -> None:
    db.init(
        settings.database_path,
        pragmas={"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000},
    )
    with db.connection_context():
        db.create_tables(MODELS, safe=True)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        init_db(settings)
        log.info("database ready at %s", settings.database_path)
        yield
        if not db.is_closed():
            db.close()

    app = FastAPI(
        title="Todo service",
        version="1.0.0",
        description="Per-user todo lists. Authenticate with the `X-API-Key` header.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.include_router(auth.router)
    app.include_router(todos.router)
    return app
