from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import jwt

JWT_SECRET = os.environ.get("TODO_JWT_SECRET", "akka-style-dev-secret")
JWT_ALGORITHM = "HS256"
TOKEN_TTL = timedelta(minutes=int(os.environ.get("TODO_TOKEN_TTL_MINUTES", "60")))


def issue_token(user_id: int) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + TOKEN_TTL}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALGORITHM)


def read_token(token: str) -> int | None:
    """Returns the user id, or None when the token is invalid/expired (an Option[Int])."""
    try:
        claims = jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALGORITHM])
        return int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
