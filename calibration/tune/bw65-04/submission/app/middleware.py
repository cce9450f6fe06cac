from fastapi import HTTPException, Request
from starlette.middleware.base import BaseHTTPMiddleware

from app.security import decode_token


class AuthMiddleware(BaseHTTPMiddleware):
    """passport-jwt style: if there is a valid bearer token, put the user on request.state"""

    async def dispatch(self, request: Request, call_next):
        request.state.user = None
        header = request.headers.get("Authorization", "")
        if header.startswith("Bearer "):
            payload = decode_token(header[len("Bearer ") :])
            if payload:
                request.state.user = {
                    "id": int(payload["sub"]),
                    "username": payload["username"],
                }
        return await call_next(request)


def require_user(request: Request):
    """like an ensureLoggedIn() middleware on a single route"""
    if not request.state.user:
        raise HTTPException(
            status_code=401,
            detail="You need to be logged in",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return request.state.user
