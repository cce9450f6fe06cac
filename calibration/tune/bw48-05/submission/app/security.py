"""Password hashing (Argon2id) and JWT handling."""
from datetime import datetime, timedelta, timezone
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.concurrency import run_in_threadpool

from app.config import get_settings

_hasher = PasswordHasher()
# Verified against when the username does not exist, so that a failed login
# costs the same time whether or not the account exists.
_DUMMY_HASH = _hasher.hash("timing-equaliser")


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def hash_password(password: str) -> str:
    # Argon2 is deliberately slow (tens of ms); keep it off the event loop.
    return await run_in_threadpool(_hasher.hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    if password_hash is None:
        await run_in_threadpool(_verify, _DUMMY_HASH, password)
        return False
    return await run_in_threadpool(_verify, password_hash, password)


def create_access_token(user_id: int) -> tuple[str, int]:
    settings = get_settings()
    now = datetime.now(timezone.utc)
    ttl = timedelta(minutes=settings.jwt_ttl_minutes)
    claims: dict[str, Any] = {"sub": str(user_id), "iat": now, "exp": now + ttl}
    token = jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm=settings.jwt_algorithm)
    return token, int(ttl.total_seconds())


def decode_access_token(token: str) -> int | None:
    """Return the user id carried by a valid token, or None."""
    settings = get_settings()
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            options={"require": ["exp", "sub"]},
        )
        return int(claims["sub"])
    except (jwt.InvalidTokenError, ValueError):
        return None
