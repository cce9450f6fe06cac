import time

from starlette.middleware.base import BaseHTTPMiddleware


class LoggerMiddleware(BaseHTTPMiddleware):
    """morgan('dev') style logging"""

    async def dispatch(self, request, call_next):
        start = time.time()
        response = await call_next(request)
        ms = (time.time() - start) * 1000
        print(f"{request.method} {request.url.path} {response.status_code} - {ms:.1f} ms")
        return response
