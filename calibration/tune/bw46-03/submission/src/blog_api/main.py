from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog_api.config import Settings
from blog_api.db import make_engine, make_sessionmaker
from blog_api.models import Base
from blog_api.routers import auth, comments, posts


def create_app(settings: Settings | None = None) -> FastAPI:
    """App factory: run with ``uvicorn --factory blog_api.main:create_app``."""
    settings = settings or Settings()  # type: ignore[call-arg]  # filled from the environment

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url)
        app.state.sessionmaker = make_sessionmaker(engine)
        if settings.create_tables:
            async with engine.begin() as conn:
                await conn.run_sync(Base.metadata.create_all)
        yield
        await engine.dispose()

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        summary="Multi-author blog: accounts, posts and comments.",
        lifespan=lifespan,
    )
    app.state.settings = settings

    if settings.cors_origins:
        # Bearer tokens travel in a header, so cookies/credentials are never needed.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
