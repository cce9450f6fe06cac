from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from blog.api import router
from blog.config import Config
from blog.domain import ErrConflict, ErrForbidden, ErrNotFound
from blog.store import Store


def create_app(cfg: Config | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        config = cfg or Config.from_env()
        store = await Store.open(config.db_path)
        app.state.config = config
        app.state.store = store
        try:
            yield
        finally:
            await store.close()

    app = FastAPI(title="blog", version="0.1.0", lifespan=lifespan)
    app.include_router(router)

    @app.exception_handler(ErrNotFound)
    async def not_found(_: Request, err: ErrNotFound) -> JSONResponse:
        return JSONResponse({"detail": f"not found: {err}"}, status.HTTP_404_NOT_FOUND)

    @app.exception_handler(ErrForbidden)
    async def forbidden(_: Request, err: ErrForbidden) -> JSONResponse:
        return JSONResponse({"detail": str(err)}, status.HTTP_403_FORBIDDEN)

    @app.exception_handler(ErrConflict)
    async def conflict(_: Request, err: ErrConflict) -> JSONResponse:
        return JSONResponse({"detail": str(err)}, status.HTTP_409_CONFLICT)

    return app


app = create_app()
