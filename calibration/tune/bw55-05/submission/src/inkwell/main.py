"""Application factory.

Run with ``uv run uvicorn --factory inkwell.main:create_app``.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import Engine
from sqlmodel import SQLModel

from inkwell import __version__
from inkwell.api import api_router
from inkwell.config import Settings
from inkwell.db import make_engine
from inkwell.security import PasswordHasher, TokenService

DESCRIPTION = """
A multi-author blog.

* **Anyone** can list and read posts and their comments.
* **Authenticated users** can publish posts and comment.
* Only a post's **author** can edit or delete it.

Authentication is the OAuth2 password flow: `POST /api/v1/auth/token` returns a short-lived
bearer **access token** and a single-use **refresh token** (`POST /api/v1/auth/refresh`).
"""

TAGS = [
    {"name": "auth", "description": "Accounts, login, token refresh and logout."},
    {"name": "posts", "description": "Publish, read, edit and delete posts."},
    {"name": "comments", "description": "Comments on a post."},
    {"name": "meta", "description": "Operational endpoints."},
]


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    settings = settings or Settings()  # type: ignore[call-arg]  # filled from the environment
    engine = engine or make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Runs once, before the first request is accepted. Alembic is the next step.
        SQLModel.metadata.create_all(engine)
        yield
        engine.dispose()

    app = FastAPI(
        title="Inkwell",
        version=__version__,
        description=DESCRIPTION,
        openapi_tags=TAGS,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.hasher = PasswordHasher(rounds=settings.bcrypt_rounds)
    app.state.tokens = TokenService(
        settings.jwt_secret.get_secret_value(),
        algorithm=settings.jwt_algorithm,
        access_ttl=timedelta(minutes=settings.access_token_ttl_minutes),
        refresh_ttl=timedelta(days=settings.refresh_token_ttl_days),
    )

    if settings.cors_origins:
        # Bearer tokens travel in a header, not a cookie: no credentials needed.
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )

    app.include_router(api_router)

    @app.get("/healthz", tags=["meta"], summary="Liveness probe")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
