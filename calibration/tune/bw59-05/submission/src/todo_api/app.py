from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from todo_api import __version__
from todo_api.config import Settings
from todo_api.db import database, init_database
from todo_api.routes import auth, todos

DESCRIPTION = """
Personal todo lists for several users.

* Sign up at `POST /auth/signup`, log in at `POST /auth/token` (OAuth2 password flow)
  and send `Authorization: Bearer <token>`; the **Authorize** button here does that for you.
* `GET /todos` pages with `limit`/`offset`, or with the opaque cursor returned in the
  `X-Next-Cursor` response header.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()  # type: ignore[call-arg]  # secret_key comes from the env

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        init_database(settings.database_path)
        yield
        if not database.is_closed():
            database.close()

    app = FastAPI(title="Todo API", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.include_router(auth.router)
    app.include_router(todos.router)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
