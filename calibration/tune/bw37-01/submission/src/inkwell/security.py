"""Password hashing (argon2id) and access tokens (JWT, HS256).

argon2 is deliberately slow (tens of milliseconds of CPU), so hashing and
verification run on a worker thread and never on the event loop.
"""

import asyncio
from datetime import datetime

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .domain import Unauthorized
from .result import Err, Ok, Result

_ALGORITHM = "HS256"
_hasher = PasswordHasher()

# Verified against when the username does not exist, so that "no such user"
# and "wrong password" take the same time.
_DUMMY_HASH = _hasher.hash("inkwell-timing-equaliser")


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


def issue_token(user_id: int, secret: str, now: datetime, expires_at: datetime) -> str:
    claims = {"sub": str(user_id), "iat": now, "exp": expires_at}
    return jwt.encode(claims, secret, algorithm=_ALGORITHM)


def read_token(token: str, secret: str) -> Result[int, Unauthorized]:
    try:
        claims = jwt.decode(
            token, secret, algorithms=[_ALGORITHM], options={"require": ["sub", "exp"]}
        )
    except jwt.PyJWTError:
        return Err(Unauthorized("invalid or expired token"))
    subject = claims["sub"]
    if not isinstance(subject, str) or not subject.isdigit():
        return Err(Unauthorized("invalid token subject"))
    return Ok(int(subject))
