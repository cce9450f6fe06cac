"""Application entry point (the @SpringBootApplication class)."""
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.config.database import BaseEntity, engine
from app.controllers import auth_controller, comment_controller, post_controller
from app.domain import entities  # noqa: F401  (registers the entity mappings)
from app.exceptions.handlers import register_exception_handlers

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s [%(name)s] %(message)s")


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    BaseEntity.metadata.create_all(bind=engine)
    yield
    engine.dispose()


def create_application() -> FastAPI:
    application = FastAPI(
        title="Blog Service",
        version="1.0.0",
        description="Multi-author blog REST API",
        lifespan=lifespan,
    )
    register_exception_handlers(application)
    application.include_router(auth_controller.router)
    application.include_router(post_controller.router)
    application.include_router(comment_controller.router)
    return application


app = create_application()
