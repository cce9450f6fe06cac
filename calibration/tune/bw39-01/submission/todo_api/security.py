"""Password hashing (argon2id) and access tokens (HS256 JWT)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .errors import Unauthorized
from .result import Err, Ok, Result

ALGORITHM = "HS256"

_hasher = PasswordHasher()


def hash_password(plain: str) -> str:
    return _hasher.hash(plain)


def verify_password(password_hash: str, plain: str) -> bool:
    try:
        return _hasher.verify(password_hash, plain)
    except (VerificationError, InvalidHashError):
        return False


def create_access_token(
    user_id: int, secret: str, ttl_minutes: int, now: datetime | None = None
) -> str:
    issued = now if now is not None else datetime.now(timezone.utc)
    payload = {
        "sub": str(user_id),
        "iat": issued,
        "exp": issued + timedelta(minutes=ttl_minutes),
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def decode_access_token(token: str, secret: str) -> Result[int, Unauthorized]:
    try:
        payload = jwt.decode(
            token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.ExpiredSignatureError:
        return Err(Unauthorized("token expired"))
    except jwt.InvalidTokenError:
        return Err(Unauthorized("invalid token"))

    sub = payload.get("sub")
    if not isinstance(sub, str) or not sub.isdigit():
        return Err(Unauthorized("invalid token subject"))
    return Ok(int(sub))
