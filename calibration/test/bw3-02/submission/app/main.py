"""Application entry point: ``uvicorn app.main:app``."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from app.api import auth_controller, comment_controller, post_controller
from app.core.config import get_settings
from app.core.database import Base, engine
from app.services.exceptions import AuthenticationException, DomainException


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    Base.metadata.create_all(bind=engine)
    yield


def create_app() -> FastAPI:
    settings = get_settings()
    application = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog: accounts, posts and comments.",
        lifespan=lifespan,
    )

    if settings.cors_origins:
        application.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    @application.exception_handler(DomainException)
    async def handle_domain_exception(_: Request, exc: DomainException) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(exc, AuthenticationException) else None
        return JSONResponse(status_code=exc.status_code, content={"detail": exc.detail}, headers=headers)

    application.include_router(auth_controller.router)
    application.include_router(post_controller.router)
    application.include_router(comment_controller.router)
    return application


app = create_app()
