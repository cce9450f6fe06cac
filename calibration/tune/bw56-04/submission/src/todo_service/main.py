from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse
from psycopg import OperationalError
from psycopg_pool import PoolTimeout

from .api import auth, todos
from .api.deps import Services
from .config import Settings
from .postgres import PostgresRepository, create_pool, migrate
from .repository import Repository
from .security import PasswordService, TokenService


def create_app(
    settings: Settings | None = None,
    *,
    repository: Repository | None = None,
    passwords: PasswordService | None = None,
) -> FastAPI:
    """Build the application.

    Configuration is read when the app starts, not at import, so that importing the module
    (for tests or tooling) never needs a database. Tests inject a repository.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        cfg = settings or Settings()  # type: ignore[call-arg]  # filled from the environment
        pool = None
        repo = repository
        if repo is None:
            pool = create_pool(cfg)
            await pool.open(wait=True, timeout=cfg.db_pool_timeout_seconds)
            await migrate(pool)
            repo = PostgresRepository(pool)
        app.state.services = Services(
            settings=cfg,
            repository=repo,
            passwords=passwords or PasswordService(),
            tokens=TokenService(
                secret=cfg.jwt_secret.get_secret_value(),
                issuer=cfg.jwt_issuer,
                ttl_seconds=cfg.access_token_ttl_seconds,
            ),
        )
        try:
            yield
        finally:
            if pool is not None:
                await pool.close()

    app = FastAPI(
        title="Todo service",
        version="0.1.0",
        description=(
            "Personal todo lists. Authenticate with the OAuth2 password flow at `/auth/token` "
            "and send `Authorization: Bearer <token>`."
        ),
        lifespan=lifespan,
    )
    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.exception_handler(PoolTimeout)
    @app.exception_handler(OperationalError)
    async def database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            status_code=status.HTTP_503_SERVICE_UNAVAILABLE,
            content={"detail": "Database temporarily unavailable, please retry"},
            headers={"Retry-After": "1"},
        )

    @app.get("/healthz", tags=["ops"], summary="Liveness probe")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app


app = create_app()
