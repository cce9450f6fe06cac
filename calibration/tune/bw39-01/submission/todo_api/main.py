"""Application factory.

Run with:  uvicorn --factory todo_api.main:create_app
"""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy.orm import sessionmaker

from .config import Settings
from .db import Base, make_engine
from .routes import auth, todos


def create_app(settings: Settings | None = None) -> FastAPI:
    resolved = settings if settings is not None else Settings.from_env()

    engine = make_engine(resolved.database_url)
    Base.metadata.create_all(engine)

    app = FastAPI(
        title="Todo API",
        version="0.1.0",
        description="Per-user todo lists. Authenticate with `POST /auth/token` (OAuth2 password flow).",
    )
    app.state.settings = resolved
    app.state.session_factory = sessionmaker(engine, expire_on_commit=False)

    app.include_router(auth.router)
    app.include_router(todos.router)
    return app
