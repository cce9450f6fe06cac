"""ASGI entry point.

Run with::

    uvicorn todo_service.main:app --reload

The database connection is opened in the lifespan handler and closed on
shutdown; configuration is validated at the same time, so a missing
``TODO_JWT_SECRET`` stops the process before it accepts traffic.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from . import __version__
from .api import auth, todos
from .config import get_settings
from .database import close_db, init_db

DESCRIPTION = """
Multi-tenant todo lists.

**Authentication**: OAuth2 password flow. Create an account with
`POST /auth/signup`, obtain a token with `POST /auth/token`, then click
*Authorize* above (or send `Authorization: Bearer <token>`).

**Isolation**: users only ever see their own todos; other users' todos answer 404.
"""


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the database on startup and close it on shutdown."""
    settings = get_settings()
    init_db(settings.database_path)
    yield
    close_db()


app = FastAPI(
    title="Todo Service",
    version=__version__,
    description=DESCRIPTION,
    lifespan=lifespan,
    openapi_tags=[
        {"name": "auth", "description": "Sign-up and login."},
        {"name": "todos", "description": "CRUD on the caller's own todos."},
        {"name": "meta", "description": "Operational endpoints."},
    ],
)
app.include_router(auth.router)
app.include_router(todos.router)


@app.get("/health", tags=["meta"], summary="Liveness probe")
async def health() -> dict[str, str]:
    """Return ``{"status": "ok"}`` while the process is up."""
    return {"status": "ok"}
