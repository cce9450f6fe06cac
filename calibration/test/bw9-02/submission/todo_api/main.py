"""Application factory and the module-level ``app`` that uvicorn serves."""

from __future__ import annotations

from fastapi import FastAPI

from todo_api.config import Settings, load_settings
from todo_api.repository import TodoRepository
from todo_api.routes import auth_router, todo_router

DESCRIPTION = """
A small multi-user todo list.

1. Register with `POST /auth/register`.
2. Get a token from `POST /auth/token` (OAuth2 password flow; the **Authorize**
   button on this page does it for you).
3. Use the token on every `/todos` route.

Everyone sees only their own todos.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build a fresh application with its own, empty store.

    Tests call this to get an isolated app; uvicorn uses the ``app`` below.
    """
    app = FastAPI(title="Todo API", version="1.0.0", description=DESCRIPTION)
    app.state.settings = settings or load_settings()
    app.state.repository = TodoRepository()
    app.include_router(auth_router)
    app.include_router(todo_router)
    return app


app = create_app()
