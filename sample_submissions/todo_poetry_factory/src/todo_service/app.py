from __future__ import annotations

from fastapi import FastAPI

from todo_service.repository import TodoRepository
from todo_service.routes import router


def create_app() -> FastAPI:
    """Build a fresh app with its own empty repository (handy for tests)."""
    app = FastAPI(title="Todo Service", version="0.1.0")
    app.state.repository = TodoRepository()
    app.include_router(router)
    return app
