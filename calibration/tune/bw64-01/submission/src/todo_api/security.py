"""Password hashing and bearer tokens.

Token functions are pure (the clock and the secret are arguments), which keeps them
trivially testable. Hashing is slow on purpose, so it runs in a worker thread.
"""

from datetime import datetime, timedelta

import anyio.to_thread
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from todo_api.domain import UserId

_ALGORITHM = "HS256"
_hasher = PasswordHasher()

# Verified against when the username does not exist, so that a failed login takes
# the same time whether or not the account exists.
DUMMY_HASH = _hasher.hash("this password never matches anything")


async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(_hasher.hash, password)


def _verify_sync(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str, password: str) -> bool:
    return await anyio.to_thread.run_sync(_verify_sync, password_hash, password)


def issue_token(user_id: UserId, *, secret: str, ttl: timedelta, now: datetime) -> str:
    claims = {"sub": str(user_id), "iat": now, "exp": now + ttl}
    return jwt.encode(claims, secret, algorithm=_ALGORITHM)


def read_token(token: str, *, secret: str) -> UserId | None:
    try:
        claims = jwt.decode(token, secret, algorithms=[_ALGORITHM])
    except jwt.InvalidTokenError:
        return None
    match claims.get("sub"):
        case str(sub) if sub.isdigit():
            return UserId(int(sub))
        case _:
            return None
