import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response

from app.config import get_settings
from app.db import Base, engine
from app.routers import auth, health, todos

settings = get_settings()
logging.basicConfig(
    level=settings.log_level,
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)
log = logging.getLogger("todo")


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    # For a real deployment I'd run Alembic migrations as a separate job; create_all is
    # enough for the exercise and is idempotent.
    Base.metadata.create_all(engine)
    log.info("startup complete")
    yield
    engine.dispose()
    log.info("shutdown complete")


app = FastAPI(
    title="Todo API",
    version="1.0.0",
    description="Multi-user todo lists. Authenticate with `POST /auth/token` (OAuth2 password flow).",
    lifespan=lifespan,
)


@app.middleware("http")
async def access_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    start = time.perf_counter()
    response = await call_next(request)
    elapsed_ms = (time.perf_counter() - start) * 1000
    response.headers["x-request-id"] = request_id
    log.info(
        "request id=%s method=%s path=%s status=%s duration_ms=%.1f",
        request_id, request.method, request.url.path, response.status_code, elapsed_ms,
    )
    return response


app.include_router(health.router)
app.include_router(auth.router)
app.include_router(todos.router)
