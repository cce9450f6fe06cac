"""Application factory. `uvicorn app.main:app` serves the default instance."""

from datetime import timedelta

from fastapi import FastAPI

from app.adapters.security import JwtTokens, SystemClock
from app.adapters.sql import create_tables, make_engine
from app.api import auth, comments, errors, posts
from app.settings import Settings, load_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or load_settings()

    app = FastAPI(
        title="Blog API",
        version="0.1.0",
        description="Multi-author blog. Get a token from `/auth/token`, send it as `Authorization: Bearer`.",
    )
    app.state.engine = make_engine(settings.database_url)
    app.state.tokens = JwtTokens(
        settings.jwt_secret, timedelta(minutes=settings.token_ttl_minutes), SystemClock()
    )
    create_tables(app.state.engine)

    errors.install(app)
    app.include_router(auth.router)
    app.include_router(posts.router)
    app.include_router(comments.router)
    return app


app = create_app()
