from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todoserve import __version__
from todoserve.config import Settings, get_settings
from todoserve.database import build_engine, build_sessionmaker, create_schema
from todoserve.routes import auth, todos

DESCRIPTION = """
A multi-user todo API.

Authenticate with the OAuth2 password flow: `POST /auth/token` with form fields `username` and
`password`, then send `Authorization: Bearer <access_token>` with every `/todos` request.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = build_engine(settings.database_url)
        await create_schema(engine)
        app.state.settings = settings
        app.state.sessionmaker = build_sessionmaker(engine)
        try:
            yield
        finally:
            await engine.dispose()

    app = FastAPI(
        title="todoserve", version=__version__, description=DESCRIPTION, lifespan=lifespan
    )
    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/healthz", tags=["meta"], summary="Liveness probe")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
