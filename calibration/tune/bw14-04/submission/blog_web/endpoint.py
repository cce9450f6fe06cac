"""The Endpoint: builds the application.

    uvicorn blog_web.endpoint:create_app --factory
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.repo import make_engine, make_sessionmaker, migrate
from blog_web import comment_controller, post_controller, session_controller
from blog_web.config import Config


def create_app(config: Config | None = None) -> FastAPI:
    config = config or Config.from_env()
    engine = make_engine(config.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await migrate(engine)
        yield
        await engine.dispose()

    app = FastAPI(
        title="Blog API",
        version="0.1.0",
        description="Multi-author blog. Authenticate with `POST /session`, then send "
        "`Authorization: Bearer <token>` on write requests.",
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.sessionmaker = make_sessionmaker(engine)

    if config.cors_origins:
        if "*" in config.cors_origins:
            raise RuntimeError("CORS_ORIGINS must list explicit origins, not '*'")
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.cors_origins,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    for controller in (session_controller, post_controller, comment_controller):
        app.include_router(controller.router)

    return app
