from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.config.database import init_schema
from app.config.web_config import configure_cors
from app.controller import auth_controller, post_controller
from app.exception.global_exception_handler import register_exception_handlers


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    init_schema()
    yield


def create_app() -> FastAPI:
    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog: users, posts and comments.",
        lifespan=lifespan,
    )
    configure_cors(app)
    register_exception_handlers(app)
    app.include_router(auth_controller.router)
    app.include_router(post_controller.router)
    return app


app = create_app()
