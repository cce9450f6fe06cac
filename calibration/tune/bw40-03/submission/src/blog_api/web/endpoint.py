"""ASGI entry point: `uvicorn blog_api.web.endpoint:app`."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from blog_api import repo
from blog_api.web.controllers import auth_controller, comment_controller, post_controller


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    await repo.migrate()
    yield
    await repo.shutdown()


def create_app() -> FastAPI:
    app = FastAPI(
        title="Blog API",
        version="0.1.0",
        description=(
            "Multi-author blog. Reads are public; writes need a bearer token from `POST /auth/token`."
        ),
        lifespan=lifespan,
    )
    app.include_router(auth_controller.router)
    app.include_router(post_controller.router)
    app.include_router(comment_controller.router)
    return app


app = create_app()
