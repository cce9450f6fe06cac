from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from . import __version__
from .config import Settings, get_settings
from .db import Database
from .routers import auth, comments, posts
from .security import TokenCodec


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build an application. ``uvicorn blogapi.main:create_app --factory``."""
    resolved = settings if settings is not None else get_settings()
    database = Database(resolved.database_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await database.create_all()
        yield
        await database.dispose()

    app = FastAPI(
        title="Blog API",
        version=__version__,
        description="Multi-author blog. Authenticate with the OAuth2 password flow "
        "at `/auth/token` and send `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    app.state.database = database
    app.state.token_codec = TokenCodec(
        secret=resolved.jwt_secret.get_secret_value(),
        algorithm=resolved.jwt_algorithm,
        ttl=resolved.access_token_ttl,
    )

    if resolved.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(resolved.cors_origins),
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app
