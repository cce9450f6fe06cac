"""Application bootstrap."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from app.config.database import BaseEntity, get_engine
from app.config.settings import get_settings
from app.controller import auth_controller, comment_controller, post_controller
from app.domain import entities  # noqa: F401  (registers the entity metadata)
from app.exception.handlers import register_exception_handlers


def create_application() -> FastAPI:
    settings = get_settings()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # Schema bootstrap (hbm2ddl.auto=update); Alembic would replace this in production.
        BaseEntity.metadata.create_all(bind=get_engine())
        yield

    application = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog: users, posts and comments. Bearer JWT via OAuth2 password flow.",
        lifespan=lifespan,
    )
    if settings.cors_allowed_origins:
        application.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_allowed_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    register_exception_handlers(application)
    application.include_router(auth_controller.router)
    application.include_router(post_controller.router)
    application.include_router(comment_controller.router)
    return application


app = create_application()
