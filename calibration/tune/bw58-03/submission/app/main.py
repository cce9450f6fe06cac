from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api.routes import auth, todos
from app.db import Base, engine


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    yield
    await engine.dispose()


def create_app() -> FastAPI:
    application = FastAPI(
        title="Todo API",
        version="1.0.0",
        description="Multi-user todo lists with OAuth2 password flow and JWT bearer tokens.",
        lifespan=lifespan,
    )
    application.include_router(auth.router, prefix="/api/v1")
    application.include_router(todos.router, prefix="/api/v1")

    @application.get("/health", tags=["meta"], summary="Liveness probe")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return application


app = create_app()
