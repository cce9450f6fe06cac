"""Password hashing and token handling.

argon2 is deliberately slow (that's the point), so hashing and verification are pushed to a
worker thread; the event loop keeps serving other requests meanwhile.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .config import Settings
from .errors import InvalidToken
from .result import Err, Ok, Result

_hasher = PasswordHasher()

# Verified against when the username does not exist, so "unknown user" and "wrong password"
# take the same time and can't be told apart.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def _verify_sync(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    if password_hash is None:
        await asyncio.to_thread(_verify_sync, _DUMMY_HASH, password)
        return False
    return await asyncio.to_thread(_verify_sync, password_hash, password)


def issue_token(user_id: int, settings: Settings) -> tuple[str, int]:
    ttl = timedelta(minutes=settings.token_ttl_minutes)
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + ttl}
    token = jwt.encode(
        claims, settings.secret_key.get_secret_value(), algorithm=settings.jwt_algorithm
    )
    return token, int(ttl.total_seconds())


def decode_token(token: str, settings: Settings) -> Result[int, InvalidToken]:
    try:
        claims = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            options={"require": ["sub", "exp"]},
        )
    except jwt.ExpiredSignatureError:
        return Err(InvalidToken("expired"))
    except jwt.InvalidTokenError as exc:
        return Err(InvalidToken(type(exc).__name__))

    sub = claims["sub"]
    if not isinstance(sub, str) or not sub.isdigit():
        return Err(InvalidToken("malformed subject"))
    return Ok(int(sub))
