"""ASGI entry point: ``uvicorn blog.main:app``."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from tortoise.contrib.fastapi import RegisterTortoise

from blog.settings import get_tortoise_config
from blog.views import AuthViewSet, PostViewSet


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # generate_schemas=True is the "migrate --run-syncdb" of Tortoise: fine for
    # this exercise; a real project would use aerich for migrations.
    async with RegisterTortoise(app, config=get_tortoise_config(), generate_schemas=True):
        yield


def create_app() -> FastAPI:
    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description=(
            "A multi-author blog. Anyone can read posts and comments; "
            "authenticated users (OAuth2 password flow, bearer JWT) can write."
        ),
        lifespan=lifespan,
    )
    app.include_router(AuthViewSet().router)
    app.include_router(PostViewSet().router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
