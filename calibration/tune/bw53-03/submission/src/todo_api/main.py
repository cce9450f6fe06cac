"""Application factory. Run with ``uvicorn --factory todo_api.main:create_app``."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from databases import Database
from fastapi import FastAPI

from todo_api import __version__
from todo_api.config import Settings
from todo_api.db import create_schema
from todo_api.routers import auth, todos
from todo_api.security import PasswordHasher, TokenService


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()  # type: ignore[call-arg]  # values come from env
    db = Database(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await db.connect()
        try:
            await create_schema(db)
            yield
        finally:
            await db.disconnect()

    app = FastAPI(
        title="Todo API",
        version=__version__,
        description="Personal todo lists. Authenticate with the OAuth2 password flow "
        "(`POST /api/v1/auth/token`) and send the bearer token on every `/todos` call.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.db = db
    app.state.hasher = PasswordHasher.with_rounds(settings.bcrypt_rounds)
    app.state.tokens = TokenService(
        secret=settings.jwt_secret.get_secret_value(),
        algorithm=settings.jwt_algorithm,
        ttl=timedelta(minutes=settings.jwt_ttl_minutes),
    )

    app.include_router(auth.router, prefix="/api/v1")
    app.include_router(todos.router, prefix="/api/v1")

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        await db.fetch_val("SELECT 1")
        return {"status": "ok"}

    return app
