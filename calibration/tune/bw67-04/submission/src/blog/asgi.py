"""Application factory and ASGI entry point: ``uvicorn blog.asgi:app``."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.accounts.views import router as accounts_router
from blog.core.db import get_engine
from blog.core.settings import get_settings
from blog.posts.views import router as posts_router

DESCRIPTION = """
A small multi-author blog.

* Anyone can read posts and comments.
* Sign up at `POST /api/auth/signup`, then obtain a bearer token from `POST /api/auth/token`
  (OAuth2 password flow). Writing requires `Authorization: Bearer <token>`.
* Only the author of a post may edit or delete it (`403` otherwise).
* Lists take `limit` (1-100, default 20) and `offset` (>= 0).
"""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    await get_engine().dispose()


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="Blog API", version="1.0.0", description=DESCRIPTION, lifespan=lifespan)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    api = APIRouter(prefix="/api")
    api.include_router(accounts_router)
    api.include_router(posts_router)
    app.include_router(api)
    return app


app = create_app()
