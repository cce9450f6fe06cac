from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import auth, posts
from .config import Settings
from .db import init_db


def create_app(settings: Settings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        init_db(app.state.settings.database)
        yield

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog. Reads are public; writes need a bearer token "
        "from `POST /auth/token` (OAuth2 password flow).",
        lifespan=lifespan,
    )
    app.state.settings = settings or Settings.from_env()
    app.include_router(auth.router)
    app.include_router(posts.router)
    return app


app = create_app()
