from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog import __version__
from blog.config import Settings
from blog.db import Database
from blog.routes import auth, comments, posts


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = Database(settings.database_path, settings.pool_size)
        await db.open()
        app.state.db = db
        app.state.settings = settings
        try:
            yield
        finally:
            await db.close()

    app = FastAPI(
        title="Blog API",
        version=__version__,
        summary="Multi-author blog: posts and comments, opaque bearer tokens.",
        lifespan=lifespan,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app
