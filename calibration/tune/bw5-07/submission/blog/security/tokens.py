from __future__ import annotations

import time

import jwt

_ALGORITHM = "HS256"


class InvalidToken(Exception):
    pass


def encode(user_id: int, secret: str, ttl_seconds: int) -> str:
    now = int(time.time())
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + ttl_seconds}, secret, _ALGORITHM)


def decode(token: str, secret: str) -> int:
    try:
        claims = jwt.decode(token, secret, algorithms=[_ALGORITHM], options={"require": ["exp", "sub"]})
        return int(claims["sub"])
    except (jwt.InvalidTokenError, ValueError) as exc:
        raise InvalidToken from exc
