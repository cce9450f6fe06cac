import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from app import repo
from app.config import get_settings
from app.db import Base, SessionLocal, engine
from app.observability import (
    IN_FLIGHT,
    LATENCY,
    REQUESTS,
    TIMEOUTS,
    TODOS_TOTAL,
    USERS_TOTAL,
    configure_logging,
    new_request_id,
)
from app.routes import auth, health, todos

settings = get_settings()
configure_logging(settings.log_level)
log = logging.getLogger("app.access")


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    log.info("startup complete env=%s", settings.environment)
    yield
    await engine.dispose()
    log.info("shutdown complete")


app = FastAPI(title="todo-api", version="0.3.0", lifespan=lifespan)
app.include_router(health.router)
app.include_router(auth.router)
app.include_router(todos.router)


def _route_template(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", "unmatched")


@app.middleware("http")
async def timeout_middleware(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    try:
        return await asyncio.wait_for(call_next(request), timeout=settings.request_timeout_seconds)
    except asyncio.TimeoutError:
        TIMEOUTS.inc()
        log.error("request timed out", extra={"route": request.url.path})
        return JSONResponse({"detail": "request timed out"}, status_code=504)


@app.middleware("http")
async def observability_middleware(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    request_id = request.headers.get("x-request-id") or new_request_id()
    start = time.perf_counter()
    IN_FLIGHT.inc()
    status_code = 500
    try:
        response = await call_next(request)
        status_code = response.status_code
        response.headers["x-request-id"] = request_id
        return response
    finally:
        IN_FLIGHT.dec()
        elapsed = time.perf_counter() - start
        route = _route_template(request)
        LATENCY.labels(request.method, route).observe(elapsed)
        REQUESTS.labels(request.method, route, str(status_code)).inc()
        async with SessionLocal() as session:
            todo_count, user_count = await repo.count_rows(session)
        TODOS_TOTAL.set(todo_count)
        USERS_TOTAL.set(user_count)
        log.info(
            "%s %s",
            request.method,
            request.url.path,
            extra={
                "request_id": request_id,
                "route": route,
                "status": status_code,
                "duration_ms": round(elapsed * 1000, 2),
            },
        )
