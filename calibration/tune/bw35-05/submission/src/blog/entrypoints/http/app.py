from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.config import Settings
from blog.entrypoints.http import errors, routes_auth, routes_posts
from blog.entrypoints.http.container import Container


def create_app(settings: Settings | None = None, container: Container | None = None) -> FastAPI:
    settings = settings or Settings()  # type: ignore[call-arg]  # values come from the environment
    container = container or Container.from_settings(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await container.create_schema()
        yield
        await container.dispose()

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        summary="Multi-author blog: accounts, posts and comments.",
        lifespan=lifespan,
    )
    app.state.container = container

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    errors.install(app)
    app.include_router(routes_auth.router)
    app.include_router(routes_posts.router)
    return app
