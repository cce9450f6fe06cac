"""Passwords and tokens.

Two ideas to take away from this module:

1. **Passwords are hashed with a slow, salted algorithm** (Argon2id here).
   "Slow" is the point: it makes guessing expensive for an attacker who
   steals the database. The price is that hashing costs tens of
   milliseconds of CPU, so we must not do it directly on the event loop;
   ``run_in_threadpool`` moves the work to a worker thread and lets the
   loop keep serving other requests meanwhile.

2. **Tokens are signed, short-lived JWTs.** The server keeps no session
   table; it only checks the signature and the expiry date.
"""
from datetime import datetime, timedelta, timezone

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi.concurrency import run_in_threadpool

from .config import Settings

_hasher = PasswordHasher()  # Argon2id with the library's recommended parameters

# Used when the username does not exist, so that "unknown user" and "wrong
# password" take the same time to answer (otherwise response timing would
# tell an attacker which usernames are registered).
_DUMMY_HASH = _hasher.hash("this-is-not-a-real-password")


async def hash_password(password: str) -> str:
    """Return the Argon2 hash of ``password`` (computed off the event loop)."""
    return await run_in_threadpool(_hasher.hash, password)


async def verify_password(password: str, password_hash: str | None) -> bool:
    """Check ``password`` against ``password_hash``; ``None`` means "no such user"."""

    def _verify() -> bool:
        try:
            return _hasher.verify(password_hash or _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return False

    ok = await run_in_threadpool(_verify)
    return ok and password_hash is not None


def create_access_token(user_id: int, settings: Settings) -> str:
    """Sign a token whose subject is the user's id."""
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user_id),  # the JWT spec wants a string subject
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_minutes),
    }
    return jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm=settings.jwt_algorithm)


def decode_access_token(token: str, settings: Settings) -> int | None:
    """Return the user id inside a valid token, or ``None`` if the token is bad or expired.

    Verifying an HMAC signature takes microseconds, so unlike password
    hashing it is fine to do it directly inside an ``async def``.
    """
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[settings.jwt_algorithm],  # never let the token choose the algorithm
            options={"require": ["exp", "sub"]},
        )
        return int(claims["sub"])
    except (jwt.PyJWTError, ValueError):
        return None
