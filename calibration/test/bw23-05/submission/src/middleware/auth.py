from fastapi import HTTPException, Request
from jose import JWTError, jwt

from src import config


async def auth(request, call_next):
    """Decode the bearer token (if any) and hang the user on request.state.user."""
    request.state.user = None
    header = request.headers.get("authorization", "")
    if header.startswith("Bearer "):
        token = header[len("Bearer "):]
        try:
            request.state.user = jwt.decode(token, config.JWT_SECRET, algorithms=[config.JWT_ALGORITHM])
        except JWTError:
            pass
    return await call_next(request)


def require_auth(request: Request):
    if not request.state.user:
        raise HTTPException(status_code=401, detail="Unauthorized")
    return request.state.user


def sign(user):
    return jwt.encode(
        {"id": user["id"], "username": user["username"]},
        config.JWT_SECRET,
        algorithm=config.JWT_ALGORITHM,
    )
