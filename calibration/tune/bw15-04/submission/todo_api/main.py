"""Application factory. `uvicorn todo_api.main:app` serves the default instance."""
from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

from .config import Settings, get_settings
from .db import create_schema, make_engine
from .routers import auth, todos

_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9-]{8,64}$")


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = make_engine(settings.database_url)
    create_schema(engine)

    app = FastAPI(
        title="Todo API",
        version="1.0.0",
        description="Personal todo lists. Authenticate via `POST /auth/token` (OAuth2 password "
        "flow); send the returned token as `Authorization: Bearer <token>`.",
    )
    app.state.settings = settings
    app.state.engine = engine

    @app.middleware("http")
    async def request_id_middleware(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        # Accept a well-formed caller-supplied id (for cross-service tracing), else mint one.
        incoming = request.headers.get("x-request-id", "")
        request.state.request_id = incoming if _REQUEST_ID_RE.fullmatch(incoming) else uuid.uuid4().hex
        response = await call_next(request)
        response.headers["X-Request-ID"] = request.state.request_id
        return response

    app.include_router(auth.router)
    app.include_router(todos.router)
    return app


app = create_app()
