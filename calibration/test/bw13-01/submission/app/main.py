import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response

from app.config import get_settings
from app.db import init_db
from app.logconf import configure_logging
from app.routers import auth, health, todos

settings = get_settings()
configure_logging(settings.log_level, settings.log_json)
log = logging.getLogger("todo_api")


@asynccontextmanager
async def lifespan(_: FastAPI) -> AsyncIterator[None]:
    cfg = get_settings()
    init_db(cfg.db_path)
    log.info("startup", extra={"env": cfg.environment, "version": cfg.version})
    yield
    log.info("shutdown")


app = FastAPI(title="Todo API", version=settings.version, lifespan=lifespan)


@app.middleware("http")
async def request_context(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    start = time.perf_counter()
    try:
        response = await call_next(request)
    except Exception:
        log.exception("unhandled error", extra={"request_id": request_id, "path": request.url.path})
        raise
    elapsed_ms = round((time.perf_counter() - start) * 1000, 2)
    response.headers["x-request-id"] = request_id
    log.info(
        "request",
        extra={
            "request_id": request_id,
            "method": request.method,
            "path": request.url.path,
            "status": response.status_code,
            "duration_ms": elapsed_ms,
        },
    )
    return response


app.include_router(health.router)
app.include_router(auth.router)
app.include_router(todos.router)
