"""Application factory."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from quill import __version__
from quill.db import Database
from quill.routers import auth, comments, posts
from quill.settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    resolved = settings if settings is not None else get_settings()
    database = Database(resolved.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database.create_all()
        yield
        database.engine.dispose()

    app = FastAPI(
        title="Quill",
        version=__version__,
        description="A multi-author blog API. Authenticate with `POST /auth/token` "
        "(OAuth2 password flow) and send `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    app.state.settings = resolved
    app.state.database = database

    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app
