from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from redis.asyncio import Redis

from app.config import get_settings
from app.db import create_tables, make_engine, make_sessionmaker
from app.routers import auth, posts


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    engine = make_engine(settings.database_url)
    await create_tables(engine)
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.redis = Redis.from_url(settings.redis_url, decode_responses=True)
    try:
        yield
    finally:
        await app.state.redis.aclose()
        await engine.dispose()


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(
        title="Inkwell API",
        version="0.3.0",
        description=(
            "Multi-author blog. Reading is public; writing needs a bearer token from "
            "`POST /api/v1/auth/token`."
        ),
        lifespan=lifespan,
    )
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.include_router(auth.router, prefix="/api/v1")
    app.include_router(posts.router, prefix="/api/v1")

    @app.get("/health", tags=["ops"], summary="Liveness check")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
