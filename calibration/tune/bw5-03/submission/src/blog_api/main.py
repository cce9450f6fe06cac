"""Application factory.

Run with ``uvicorn blog_api.main:app`` (after ``pip install -e .``) or
``uvicorn --factory blog_api.main:create_app``.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from .api.routes import auth, comments, posts
from .config import Settings, get_settings
from .domain.errors import BlogError
from .infrastructure.database import Base, UnitOfWork, make_engine, make_session_factory


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI):  # type: ignore[no-untyped-def]
        Base.metadata.create_all(engine)
        yield
        engine.dispose()

    app = FastAPI(
        title="Blog API",
        version="0.1.0",
        description="Multi-author blog. Reads are public; writes need a bearer token "
        "from `POST /auth/token`.",
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.uow = UnitOfWork(make_session_factory(engine))

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    @app.exception_handler(BlogError)
    async def _blog_error(_: Request, exc: BlogError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app


app = create_app()
