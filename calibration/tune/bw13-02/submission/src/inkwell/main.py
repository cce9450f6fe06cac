from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from inkwell import repo
from inkwell.api import router
from inkwell.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    cfg = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = await repo.connect(cfg.database_path)
        try:
            yield
        finally:
            await app.state.db.close()

    app = FastAPI(title="inkwell", version="1.0.0", lifespan=lifespan)
    app.dependency_overrides[get_settings] = lambda: cfg
    # Public read API; auth travels in the Authorization header, never in cookies,
    # so browsers are not allowed to attach credentials cross-origin.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(cfg.cors_origins),
        allow_credentials=False,
        allow_methods=["GET", "POST", "PATCH", "DELETE"],
        allow_headers=["Authorization", "Content-Type"],
    )
    app.include_router(router)
    return app


app = create_app()
