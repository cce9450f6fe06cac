import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response

from todo.config import Config
from todo.handlers import router
from todo.store import Store

log = logging.getLogger("todo")


def new_app(cfg: Config) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.config = cfg
        app.state.store = Store(cfg.db_path)
        log.info("store opened path=%s", cfg.db_path)
        yield
        app.state.store.close()

    app = FastAPI(title="todo", version="0.1.0", lifespan=lifespan)
    app.include_router(router)

    @app.middleware("http")
    async def log_requests(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        start = time.perf_counter()
        resp = await call_next(request)
        log.info(
            "method=%s path=%s status=%d dur_ms=%.1f",
            request.method,
            request.url.path,
            resp.status_code,
            (time.perf_counter() - start) * 1000,
        )
        return resp

    @app.get("/healthz", tags=["ops"])
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    return app
