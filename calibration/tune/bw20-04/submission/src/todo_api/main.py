import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, status
from fastapi.responses import JSONResponse

from todo_api.config import Settings, get_settings
from todo_api.db import Base, create_engine, make_sessionmaker
from todo_api.routers import auth, todos
from todo_api.security import PasswordService, TokenService

log = logging.getLogger("todo_api")

DESCRIPTION = """
Personal todo lists for several users.

Authenticate with the OAuth2 password flow: `POST /auth/token` with form fields
`username` and `password`, then send `Authorization: Bearer <access_token>`.
Every `/todos` route only ever sees the caller's own todos.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_engine(settings.database_url, echo=settings.db_echo, pool_pre_ping=True)
        app.state.sessionmaker = make_sessionmaker(engine)
        # Schema management is create_all for the exercise; see README for what I'd do instead.
        async with engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(title="Todo API", version="1.0.0", description=DESCRIPTION, lifespan=lifespan)
    app.state.passwords = PasswordService(settings)
    app.state.tokens = TokenService(settings)

    if settings.jwt_secret is None:
        log.warning(
            "JWT_SECRET is not set: using a random key for this process only. "
            "Tokens will not survive a restart and will not work across workers."
        )

    @app.exception_handler(Exception)
    async def unhandled(request: Request, exc: Exception) -> JSONResponse:
        # Log the details server-side; the client gets nothing it could use.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(
            status_code=status.HTTP_500_INTERNAL_SERVER_ERROR,
            content={"detail": "Internal server error"},
        )

    app.include_router(auth.router)
    app.include_router(todos.router)
    return app


app = create_app()
