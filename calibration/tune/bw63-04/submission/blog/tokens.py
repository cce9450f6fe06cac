"""HS256 access tokens."""
import time

import jwt

from .settings import get_settings

ALGORITHM = "HS256"


def issue(user_id: int) -> tuple[str, int]:
    s = get_settings()
    now = int(time.time())
    claims = {"sub": str(user_id), "iat": now, "exp": now + s.token_ttl_s}
    return jwt.encode(claims, s.secret_key, algorithm=ALGORITHM), s.token_ttl_s


def subject(token: str) -> int | None:
    """User id from a valid token, else None. Never raises."""
    s = get_settings()
    try:
        claims = jwt.decode(
            token, s.secret_key, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.PyJWTError:
        return None
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub.isdecimal() or len(sub) > 18:
        return None
    return int(sub)
