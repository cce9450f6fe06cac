from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

import blog.entity  # noqa: F401  (registers the mappers before create_all)
from blog.config.database import BaseEntity, engine
from blog.config.settings import get_properties
from blog.controller import auth_controller, post_controller
from blog.exception.handlers import register_exception_handlers


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    BaseEntity.metadata.create_all(bind=engine)
    yield


def create_application() -> FastAPI:
    application = FastAPI(
        title=get_properties().app_name,
        version="1.0.0",
        description="Multi-author blog: users, posts and comments.",
        lifespan=lifespan,
    )
    application.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )
    register_exception_handlers(application)
    application.include_router(auth_controller.router)
    application.include_router(post_controller.router)

    @application.get("/health", tags=["actuator"], summary="Liveness probe")
    def health() -> dict[str, str]:
        return {"status": "UP"}

    return application


app = create_application()
