from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.adapters.orm import init_models
from app.container import Container
from app.core.settings import Settings, get_settings
from app.routers import auth, todos
from app.services.exceptions import ServiceError

API_PREFIX = "/api/v1"


def create_app(settings: Settings | None = None) -> FastAPI:
    container = Container.build(settings or get_settings())

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await init_models(container.engine)
        yield
        await container.engine.dispose()

    app = FastAPI(title="Todo API", version="1.0.0", lifespan=lifespan)
    app.state.container = container

    @app.exception_handler(ServiceError)
    async def service_error_handler(_: Request, exc: ServiceError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    app.include_router(auth.router, prefix=API_PREFIX)
    app.include_router(todos.router, prefix=API_PREFIX)
    return app


app = create_app()
