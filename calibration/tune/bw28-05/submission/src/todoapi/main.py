from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from todoapi import __version__
from todoapi.api.routes import auth, todos
from todoapi.config import Settings
from todoapi.container import AppContainer
from todoapi.data.database import create_schema
from todoapi.domain.errors import InvalidCredentials, TodoNotFound, UsernameTaken


def _register_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TodoNotFound)
    async def _not_found(_: Request, exc: TodoNotFound) -> JSONResponse:
        return JSONResponse(status_code=status.HTTP_404_NOT_FOUND, content={"detail": str(exc)})

    @app.exception_handler(UsernameTaken)
    async def _taken(_: Request, exc: UsernameTaken) -> JSONResponse:
        return JSONResponse(status_code=status.HTTP_409_CONFLICT, content={"detail": str(exc)})

    @app.exception_handler(InvalidCredentials)
    async def _unauthorized(_: Request, exc: InvalidCredentials) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_401_UNAUTHORIZED,
            content={"detail": str(exc)},
            headers={"WWW-Authenticate": "Bearer"},
        )


def create_app(settings: Settings | None = None) -> FastAPI:
    """App factory. Run with: uvicorn todoapi.main:create_app --factory"""
    container = AppContainer.from_settings(settings or Settings())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await create_schema(container.engine)
        yield
        await container.engine.dispose()

    app = FastAPI(
        title="Todo API",
        version=__version__,
        description="Personal todo lists. Authenticate with the OAuth2 password flow at "
        "`POST /auth/token` and send `Authorization: Bearer <token>`.",
        lifespan=lifespan,
    )
    app.state.container = container
    app.include_router(auth.router)
    app.include_router(todos.router)
    _register_error_handlers(app)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
