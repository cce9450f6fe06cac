"""Application factory. Run with ``uvicorn --factory todoapi.main:create_app``."""
from __future__ import annotations

from fastapi import FastAPI

from todoapi import __version__, db
from todoapi.api import router
from todoapi.config import Settings

DESCRIPTION = """
Multi-user todo lists over SQLite.

**Authentication:** OAuth2 password grant. `POST /auth/token` with form fields
`username` and `password` returns a JWT (HS256); send it as `Authorization: Bearer <token>`.
Every `/todos` route requires it, and a user only ever sees their own todos (other users'
todos answer `404`, indistinguishable from a missing id).
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_environ()
    db.init_schema(settings.database_path)

    app = FastAPI(title="Todo API", version=__version__, description=DESCRIPTION)
    app.state.settings = settings
    app.include_router(router)
    return app
