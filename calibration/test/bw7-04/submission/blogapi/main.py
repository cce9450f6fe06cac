import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from blogapi.config.database import BaseEntity, engine
from blogapi.config.settings import get_settings
from blogapi.controller import auth_controller, comment_controller, post_controller
from blogapi.exception.handlers import register_exception_handlers

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-5s [%(name)s] %(message)s")


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    BaseEntity.metadata.create_all(bind=engine)
    yield
    engine.dispose()


def create_application() -> FastAPI:
    settings = get_settings()
    application = FastAPI(
        title=settings.application_name,
        version="1.0.0",
        description="Multi-author blog REST API. Authenticate with a JWT bearer token from /api/auth/login.",
        lifespan=lifespan,
    )
    register_exception_handlers(application)
    application.include_router(auth_controller.router)
    application.include_router(post_controller.router)
    application.include_router(comment_controller.router)
    return application


app = create_application()
