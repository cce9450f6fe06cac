"""Application factory.

Route handlers are deliberately sync (`def`): sqlite3 and scrypt both block,
and FastAPI runs sync handlers in its thread pool.
"""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .database import init_db
from .routers import auth, comments, posts
from .settings import get_settings


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    init_db(get_settings().db_path)
    yield


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description=(
            "Multi-author blog. Authentication: OAuth2 password flow "
            "(`POST /auth/token`), then `Authorization: Bearer <token>`."
        ),
        lifespan=lifespan,
    )
    if settings.cors_origins:
        # Bearer tokens travel in a header, not a cookie: no credentials needed.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app
