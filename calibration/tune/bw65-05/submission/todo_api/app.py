import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from redis.asyncio import Redis

from todo_api.deps import RedisDep
from todo_api.middleware import install_middleware
from todo_api.routers import auth, todos
from todo_api.settings import Settings, get_settings

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")


def create_app(settings: Settings | None = None, redis_client: Redis | None = None) -> FastAPI:
    """App factory (think `module.exports = (deps) => app`), so tests can inject a fake Redis."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owns_client = redis_client is None
        if owns_client:
            app.state.redis = Redis.from_url(settings.redis_url, decode_responses=True)
        try:
            yield
        finally:
            if owns_client:
                await app.state.redis.aclose()

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description=(
            "Personal todo lists. Authenticate with the OAuth2 password flow at `/auth/token` "
            "and send the bearer token on every `/todos` request."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    if redis_client is not None:
        app.state.redis = redis_client

    install_middleware(app)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/health", tags=["meta"], summary="Liveness + Redis ping")
    async def health(r: RedisDep) -> dict[str, str]:
        await r.ping()
        return {"status": "ok"}

    return app
