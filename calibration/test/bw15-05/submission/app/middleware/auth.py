import jwt
from fastapi import Header, HTTPException

from app.utils.auth import verify_token


async def require_auth(authorization: str = Header(None)):
    """Like an express `requireAuth` middleware: returns the decoded user or throws 401."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="No token provided")
    token = authorization.split(" ")[1]
    try:
        user = verify_token(token)
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="Invalid token")
    return user
