from datetime import timedelta

import jwt

from blog_api.config import get_settings
from blog_api.repo import utcnow
from blog_api.result import Err, InvalidToken, Ok, Result

_ALGORITHM = "HS256"


def sign(user_id: int) -> str:
    settings = get_settings()
    now = utcnow()
    claims = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.token_ttl_minutes),
    }
    return jwt.encode(claims, settings.secret_key.get_secret_value(), algorithm=_ALGORITHM)


def verify(token: str) -> Result[int, InvalidToken]:
    try:
        claims = jwt.decode(
            token,
            get_settings().secret_key.get_secret_value(),
            algorithms=[_ALGORITHM],
            options={"require": ["exp", "sub"]},
        )
        return Ok(int(claims["sub"]))
    except (jwt.PyJWTError, ValueError):
        return Err("invalid_token")
