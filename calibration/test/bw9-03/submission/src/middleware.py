import logging
import time
import uuid
from typing import Awaitable, Callable

from fastapi import Request, Response

from src.auth import verify_token

logger = logging.getLogger("blog.http")

Next = Callable[[Request], Awaitable[Response]]


async def request_id_middleware(request: Request, call_next: Next) -> Response:
    request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
    request.state.request_id = request_id
    response = await call_next(request)
    response.headers["X-Request-ID"] = request_id
    return response


async def logging_middleware(request: Request, call_next: Next) -> Response:
    start = time.perf_counter()
    response = await call_next(request)
    ms = (time.perf_counter() - start) * 1000
    logger.info(
        "%s %s %s %.1fms [%s]",
        request.method,
        request.url.path,
        response.status_code,
        ms,
        getattr(request.state, "request_id", "-"),
    )
    return response


async def auth_middleware(request: Request, call_next: Next) -> Response:
    """Decode the bearer token if there is one and attach the user to the request.

    This never rejects a request by itself; public routes don't need a user and
    protected routes use the `require_user` dependency, which answers 401.
    """
    request.state.user = None
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token:
        request.state.user = verify_token(token)
    return await call_next(request)
