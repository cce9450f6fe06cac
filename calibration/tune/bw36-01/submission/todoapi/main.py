"""Application entry point.

Run with:  uvicorn todoapi.main:create_app --factory
"""

from __future__ import annotations

import os

from fastapi import FastAPI

from todoapi import handlers, store
from todoapi.config import Config, load_config


def create_app(cfg: Config | None = None) -> FastAPI:
    if cfg is None:
        cfg = load_config()
    store.migrate(cfg.db_path)

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description=(
            "Personal todo lists. Sign up, get a token from `/auth/token` "
            "(OAuth2 password flow), then send it as `Authorization: Bearer <token>`."
        ),
    )
    app.state.config = cfg
    app.include_router(handlers.router)
    return app


def main() -> None:
    import uvicorn

    host = os.environ.get("TODO_HOST", "127.0.0.1")
    port = int(os.environ.get("TODO_PORT", "8000"))
    uvicorn.run(create_app(), host=host, port=port)


if __name__ == "__main__":
    main()
