from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog_api.config import Settings, get_settings
from blog_api.db import Database
from blog_api.routers import auth, posts


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.db = Database(settings.database_url)
        await app.state.db.create_all()
        yield
        await app.state.db.engine.dispose()

    app = FastAPI(
        title="Blog API",
        version="0.1.0",
        summary="Multi-author blog. Reads are public; writes need an OAuth2 bearer token.",
        lifespan=lifespan,
    )
    app.dependency_overrides[get_settings] = lambda: settings

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.include_router(auth.router)
    app.include_router(posts.router)
    return app
