from datetime import datetime, timedelta, timezone
from typing import Any, Optional

import bcrypt
import jwt
from fastapi import HTTPException, Request, status

from src import config


def hash_password(password: str) -> str:
    # bcrypt only looks at the first 72 bytes (same as bcryptjs)
    return bcrypt.hashpw(password.encode()[:72], bcrypt.gensalt()).decode()


def check_password(password: str, hashed: str) -> bool:
    return bcrypt.checkpw(password.encode()[:72], hashed.encode())


def sign_token(user_id: int, username: str) -> str:
    payload = {
        "sub": str(user_id),
        "username": username,
        "exp": datetime.now(timezone.utc) + timedelta(minutes=config.JWT_EXPIRES_MINUTES),
    }
    return jwt.encode(payload, config.JWT_SECRET, algorithm=config.JWT_ALGORITHM)


def verify_token(token: str) -> Optional[dict[str, Any]]:
    try:
        payload = jwt.decode(token, config.JWT_SECRET, algorithms=[config.JWT_ALGORITHM])
        return {"id": int(payload["sub"]), "username": payload["username"]}
    except (jwt.PyJWTError, KeyError, ValueError):
        return None


def require_user(request: Request) -> dict[str, Any]:
    """Route guard, like `ensureAuthenticated` in passport.

    The auth middleware has already decoded the token (if any) onto
    request.state.user; here we just insist that it is there.
    """
    user = getattr(request.state, "user", None)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user
