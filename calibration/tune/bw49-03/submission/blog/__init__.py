"""Blog API application factory."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from blog.config import Config
from blog.extensions import Database


def create_app(config_class: type[Config] = Config, **overrides: Any) -> FastAPI:
    config = config_class()
    for key, value in overrides.items():
        setattr(config, key, value)
    if not config.SECRET_KEY:
        raise RuntimeError("SECRET_KEY is not set; export SECRET_KEY before starting the app")

    db = Database()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db.create_all()
        yield
        assert db.engine is not None
        db.engine.dispose()

    app = FastAPI(
        title="Blog API",
        version="1.0.0",
        description="Multi-author blog. Auth: OAuth2 password flow, JWT bearer tokens.",
        lifespan=lifespan,
    )
    app.state.config = config
    db.init_app(app, config.SQLALCHEMY_DATABASE_URI, echo=config.SQLALCHEMY_ECHO)

    if config.CORS_ORIGINS:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=config.CORS_ORIGINS,
            allow_credentials=True,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    register_blueprints(app)
    return app


def register_blueprints(app: FastAPI) -> None:
    from blog.auth.routes import auth_bp
    from blog.posts.routes import posts_bp

    app.include_router(auth_bp)
    app.include_router(posts_bp)
