from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from blog_service.api.exception_handlers import register_exception_handlers
from blog_service.api.routers import auth, comments, posts
from blog_service.core.config import Settings, get_settings
from blog_service.core.container import Container


class ApplicationFactory:
    """Builds a fully wired FastAPI application (Factory pattern)."""

    @staticmethod
    def create(settings: Settings | None = None) -> FastAPI:
        container = Container(settings or get_settings())

        @asynccontextmanager
        async def lifespan(app: FastAPI) -> AsyncIterator[None]:
            container.init_database()
            yield
            container.engine.dispose()

        app = FastAPI(
            title="Blog Service",
            version="1.0.0",
            description="Multi-author blog API built with a layered (hexagonal) architecture.",
            lifespan=lifespan,
        )
        app.state.container = container
        register_exception_handlers(app)
        for router in (auth.router, posts.router, comments.router):
            app.include_router(router)
        return app


app = ApplicationFactory.create()
