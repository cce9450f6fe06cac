"""Password hashing and token codec.

Hashing is CPU-bound (argon2id), so the async wrappers push it to a worker
thread. Token functions are pure given `now`, which keeps them easy to test.
"""
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from anyio import to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_ALGORITHM = "HS256"
_hasher = PasswordHasher()


@dataclass(frozen=True, slots=True)
class Claims:
    user_id: int
    expires_at: datetime


async def hash_password(password: str) -> str:
    return await to_thread.run_sync(_hasher.hash, password)


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(hashed: str, password: str) -> bool:
    return await to_thread.run_sync(_verify, hashed, password)


def encode_token(user_id: int, now: datetime, ttl: timedelta, secret: str) -> str:
    payload = {"sub": str(user_id), "iat": now, "exp": now + ttl}
    return jwt.encode(payload, secret, algorithm=_ALGORITHM)


def decode_token(token: str, secret: str) -> Claims | None:
    try:
        payload = jwt.decode(
            token, secret, algorithms=[_ALGORITHM], options={"require": ["sub", "exp"]}
        )
        return Claims(
            user_id=int(payload["sub"]),
            expires_at=datetime.fromtimestamp(payload["exp"]).astimezone(),
        )
    except (jwt.PyJWTError, ValueError):
        return None
