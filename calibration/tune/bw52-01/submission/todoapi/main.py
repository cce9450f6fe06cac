from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from todoapi import config
from todoapi.db import DB
from todoapi.errs import APIError, handle_api_error, handle_http_error, handle_validation_error
from todoapi.handlers import router
from todoapi.store import Store


def new_app() -> FastAPI:
    cfg = config.load()
    db = DB(cfg.database_url)
    db.migrate()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        db.close()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description="Per-user todo lists. Send `Authorization: Bearer <token>` (token from POST /auth/login).",
        lifespan=lifespan,
    )
    app.state.config = cfg
    app.state.store = Store(db)

    app.add_exception_handler(APIError, handle_api_error)
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(StarletteHTTPException, handle_http_error)

    app.include_router(router)
    return app


app = new_app()
