from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from blog_api.controllers import auth_controller, posts_controller
from blog_api.db_context import ensure_created, engine
from blog_api.exceptions import DomainException
from blog_api.settings import get_settings


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    await ensure_created()
    yield
    await engine.dispose()


def create_app() -> FastAPI:
    settings = get_settings()
    app = FastAPI(title="Blog API", version="1.0.0", lifespan=lifespan)

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    @app.exception_handler(DomainException)
    async def domain_exception_handler(_: Request, ex: DomainException) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if ex.status_code == 401 else None
        return JSONResponse({"detail": ex.message}, status_code=ex.status_code, headers=headers)

    app.include_router(auth_controller.router)
    app.include_router(posts_controller.router)
    return app


app = create_app()
