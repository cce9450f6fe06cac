from __future__ import annotations

from datetime import datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from blog.types import UserId

_ALGORITHM = "HS256"
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def issue_token(user: UserId, secret: str, now: datetime, ttl: timedelta) -> str:
    claims = {"sub": str(user), "iat": now, "exp": now + ttl}
    return jwt.encode(claims, secret, algorithm=_ALGORITHM)


def read_token(token: str, secret: str) -> UserId | None:
    try:
        claims = jwt.decode(token, secret, algorithms=[_ALGORITHM])
        return UserId(int(claims["sub"]))
    except (jwt.InvalidTokenError, KeyError, ValueError):
        return None
