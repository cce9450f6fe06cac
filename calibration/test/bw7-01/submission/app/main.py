import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy import text

from app.config import get_settings
from app.db import Base, dispose_engine, init_engine
from app.deps import SessionDep
from app.routes import auth, todos

log = logging.getLogger("todo_api")


def create_app() -> FastAPI:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        engine = init_engine(settings.database_url)
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        log.info("started env=%s", settings.env)
        yield
        await dispose_engine()

    public_docs = settings.env != "production"
    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        lifespan=lifespan,
        docs_url="/docs" if public_docs else None,
        redoc_url=None,
        openapi_url="/openapi.json" if public_docs else None,
    )
    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/healthz", include_in_schema=False)
    async def healthz(session: SessionDep) -> dict[str, str]:
        await session.execute(text("SELECT 1"))
        return {"status": "ok"}

    return app


app = create_app()
