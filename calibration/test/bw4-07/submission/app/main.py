from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.core.config import Settings
from app.db import init_db
from app.routers import auth, comments, posts


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await init_db(settings.database_url)
        yield

    app = FastAPI(title="Blog API", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)

    @app.get("/health", tags=["meta"])
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
