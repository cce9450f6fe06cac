from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware

from app.helpers.token import verify

# routes that don't need a token
PUBLIC_PATHS = ["/signup", "/login", "/health", "/docs", "/openapi.json"]


class AuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if request.url.path in PUBLIC_PATHS:
            return await call_next(request)

        header = request.headers.get("authorization")
        if not header:
            return JSONResponse(
                {"success": False, "message": "No token provided"}, status_code=401
            )

        token = header.replace("Bearer ", "")
        decoded = verify(token)
        if not decoded:
            return JSONResponse(
                {"success": False, "message": "Invalid token"}, status_code=401
            )

        # same as req.user = decoded in express
        request.state.user = decoded
        return await call_next(request)
