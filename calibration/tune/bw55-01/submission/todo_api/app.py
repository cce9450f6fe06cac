from __future__ import annotations

from fastapi import FastAPI

from todo_api.config import Settings
from todo_api.deps import AppState
from todo_api.routes import auth_router, todo_router
from todo_api.security import PasswordService, TokenService
from todo_api.store import Store


def create_app(settings: Settings | None = None) -> FastAPI:
    cfg = settings if settings is not None else Settings.from_env()
    app = FastAPI(
        title="todo-api",
        version="0.1.0",
        description="Per-user todo lists. Authenticate with `POST /auth/token` (OAuth2 password "
        "flow), then send `Authorization: Bearer <token>`.",
    )
    app.state.core = AppState(
        store=Store(),
        passwords=PasswordService(cfg.argon2_time_cost, cfg.argon2_memory_cost_kib),
        tokens=TokenService(cfg.jwt_secret, cfg.jwt_algorithm, cfg.token_ttl_seconds),
    )
    app.include_router(auth_router)
    app.include_router(todo_router)
    return app
