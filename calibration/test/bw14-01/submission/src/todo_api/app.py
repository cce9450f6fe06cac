"""Application factory.

    uvicorn --app-dir src --factory todo_api.app:create_app
"""

import os
from pathlib import Path

from fastapi import FastAPI

from todo_api import db
from todo_api.routes import auth, todos


def create_app(db_path: Path | None = None) -> FastAPI:
    path = db_path if db_path is not None else Path(os.environ.get("TODO_DB_PATH", "todo.db"))
    db.init_schema(path)

    app = FastAPI(
        title="Todo API",
        version="0.1.0",
        description="Personal todo lists. Authenticate with `POST /auth/token` "
        "(OAuth2 password flow) and send `Authorization: Bearer <token>`.",
    )
    app.state.db_path = path
    app.include_router(auth)
    app.include_router(todos)

    @app.get("/health", tags=["meta"], summary="Liveness probe")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
