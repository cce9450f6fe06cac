"""Application factory.

Run with:  uvicorn --factory blogapi.main:create_app
"""

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI, HTTPException, Request, Response, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from . import __version__
from .api import router as api_router
from .api.deps import RepoDep
from .config import Settings
from .db import apply_schema, create_pool
from .logconf import configure_logging, request_id_var
from .models import ErrorOut
from .repository import PgRepository, Repository
from .security import PasswordHasher, TokenService

log = logging.getLogger("blogapi")
access_log = logging.getLogger("blogapi.access")

DESCRIPTION = """
Multi-author blog.

* Reading posts and comments is public.
* Writing requires a bearer token: `POST /api/v1/auth/token` (OAuth2 password flow,
  form fields `username` and `password`) returns a JWT to send as
  `Authorization: Bearer <token>`.
* Lists take `limit` (1-100, default 20) and `offset` (>= 0).
"""


def _request_id(request: Request) -> str:
    incoming = request.headers.get("x-request-id", "")
    if 0 < len(incoming) <= 64 and incoming.isprintable():
        return incoming
    return uuid.uuid4().hex


def create_app(settings: Settings | None = None, *, repository: Repository | None = None) -> FastAPI:
    """Build the app. Pass `repository` to run without Postgres (tests)."""
    settings = settings or Settings()  # type: ignore[call-arg]  # filled from the environment
    configure_logging(settings.log_level)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if repository is not None:
            app.state.repo = repository
            yield
            return
        pool = await create_pool(settings)
        try:
            await apply_schema(pool)
            app.state.repo = PgRepository(pool)
            log.info("startup complete", extra={"version": __version__})
            yield
        finally:
            await pool.close()
            log.info("shutdown complete")

    app = FastAPI(
        title="Blog API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.hasher = PasswordHasher(rounds=settings.bcrypt_rounds)
    app.state.tokens = TokenService(
        secret=settings.jwt_secret.get_secret_value(),
        algorithm=settings.jwt_algorithm,
        ttl_s=settings.jwt_ttl_s,
    )

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_credentials=False,  # bearer tokens travel in a header, not cookies
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"],
        )

    @app.middleware("http")
    async def request_context(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        rid = _request_id(request)
        token = request_id_var.set(rid)
        started = time.perf_counter()
        try:
            try:
                response = await call_next(request)
            except Exception:
                access_log.exception("unhandled error")
                response = JSONResponse({"detail": "internal server error"}, status_code=500)
            response.headers["X-Request-ID"] = rid
            access_log.info(
                "request",
                extra={
                    "method": request.method,
                    "path": request.url.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            return response
        finally:
            request_id_var.reset(token)

    app.include_router(api_router)

    @app.get("/healthz", tags=["ops"], summary="Liveness probe")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/readyz",
        tags=["ops"],
        summary="Readiness probe (checks the database)",
        responses={503: {"model": ErrorOut, "description": "Database unavailable"}},
    )
    async def readyz(repo: RepoDep) -> dict[str, str]:
        try:
            await asyncio.wait_for(repo.ping(), timeout=2)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
            log.warning("readiness check failed", extra={"error": repr(exc)})
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "database unavailable") from exc
        return {"status": "ok"}

    return app
