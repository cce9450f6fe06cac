import logging
import time

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

logger = logging.getLogger("todo")


def register_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def response_time(request: Request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        response.headers["X-Response-Time"] = f"{(time.perf_counter() - start) * 1000:.2f}ms"
        return response

    # last-resort handler, like app.use((err, req, res, next) => ...) at the end of an express app
    @app.middleware("http")
    async def catch_errors(request: Request, call_next):
        try:
            return await call_next(request)
        except Exception:
            logger.exception("unhandled error on %s %s", request.method, request.url.path)
            return JSONResponse({"detail": "Internal server error"}, status_code=500)
