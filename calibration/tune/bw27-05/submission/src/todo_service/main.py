"""Application factory and entry point."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from todo_service.api.v1 import auth, todos
from todo_service.core.config import get_settings
from todo_service.core.database import get_engine
from todo_service.core.exceptions import (
    EntityNotFoundError,
    InvalidCredentialsError,
    UsernameAlreadyExistsError,
)
from todo_service.domain.models import Base


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    Base.metadata.create_all(bind=get_engine())
    yield


def register_exception_handlers(app: FastAPI) -> None:
    @app.exception_handler(EntityNotFoundError)
    async def _not_found(_: Request, exc: EntityNotFoundError) -> JSONResponse:
        return JSONResponse(status_code=status.HTTP_404_NOT_FOUND, content={"detail": str(exc)})

    @app.exception_handler(UsernameAlreadyExistsError)
    async def _conflict(_: Request, exc: UsernameAlreadyExistsError) -> JSONResponse:
        return JSONResponse(status_code=status.HTTP_409_CONFLICT, content={"detail": "Username already exists"})

    @app.exception_handler(InvalidCredentialsError)
    async def _unauthorized(_: Request, exc: InvalidCredentialsError) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_401_UNAUTHORIZED,
            content={"detail": "Incorrect username or password"},
            headers={"WWW-Authenticate": "Bearer"},
        )


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(
        title=settings.app_name,
        version="1.0.0",
        description="A multi-user Todo API built with a layered architecture.",
        lifespan=lifespan,
    )
    register_exception_handlers(app)
    prefix = f"/api/{settings.api_version}"
    app.include_router(auth.router, prefix=prefix)
    app.include_router(todos.router, prefix=prefix)
    return app


app = create_app()
