"""Application factory.

Run with:  uvicorn --factory blog.app:create_app
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from blog.config import Settings
from blog.db import init_db
from blog.routes import auth, comments, posts


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        init_db(settings.db_path)
        yield

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description=(
            "Multi-author blog. Reads are public; writing needs a bearer token from "
            "`POST /auth/token` (OAuth2 password flow, opaque server-side tokens)."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
