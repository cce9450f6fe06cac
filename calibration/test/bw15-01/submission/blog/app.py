from __future__ import annotations

from fastapi import FastAPI

from .handlers import router
from .store import SQLiteStore, migrate


def create_app(db_path: str) -> FastAPI:
    """Builds the app over the SQLite file at db_path (created if missing)."""
    migrate(db_path)
    app = FastAPI(title="blog", version="1.0.0")
    # Each request opens its own connection; see handlers.get_store.
    app.state.open_store = lambda: SQLiteStore(db_path)
    app.include_router(router)
    return app
